using DealDesk.Core.Pipeline;

namespace DealDesk.Web.Components.Pages.Pipeline;

/// <summary>Reads the board for the page: the whole board for a filter, single columns after a change, further pages
/// of a column. Reads overlap (a drop, another user's change and a new filter can all be on their way); an answer is
/// shown only if no newer read of the same board or column has been started since, so answers arriving out of order
/// never bring back an older state.</summary>
public sealed class BoardLoader(IPipelineBoardQueries queries)
{
    private readonly Dictionary<Guid, int> _columnReads = [];
    private int _boardReads;

    /// <summary>What the board shows.</summary>
    public BoardState State { get; } = new();

    /// <summary>The filter the board was read with.</summary>
    public BoardFilter Filter { get; private set; } = new();

    /// <summary>A board has been read.</summary>
    public bool Loaded { get; private set; }

    /// <summary>A board read is on its way.</summary>
    public bool Loading { get; private set; }

    /// <summary>Reads the whole board for <paramref name="filter"/>; false when a newer read overtook it.</summary>
    public async Task<bool> LoadAsync(BoardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Filter = filter;
        var read = ++_boardReads;
        Loading = true;
        var columns = await queries.GetBoardAsync(filter);
        if (read != _boardReads)
        {
            return false;
        }

        Loading = false;
        State.Load(columns);
        Loaded = true;
        return true;
    }

    /// <summary>Reads the columns of <paramref name="stageIds"/> again, or the whole board when one of them is a stage
    /// the board does not show (the pipeline itself changed).</summary>
    public async Task<bool> ReloadColumnsAsync(IEnumerable<Guid> stageIds)
    {
        ArgumentNullException.ThrowIfNull(stageIds);
        var boardRead = _boardReads;
        var changed = false;
        foreach (var stageId in stageIds.Distinct())
        {
            if (State.Column(stageId) is null)
            {
                return await LoadAsync(Filter);
            }

            var read = _columnReads[stageId] = _columnReads.GetValueOrDefault(stageId) + 1;
            // As many cards as were loaded, so a reload does not take back what "load more" showed.
            var take = Math.Max(BoardFilter.DefaultPageSize, State.LoadedCount(stageId));
            var column = await queries.GetColumnAsync(Filter, stageId, take);
            if (boardRead != _boardReads || read != _columnReads[stageId])
            {
                continue;
            }

            if (column is null)
            {
                return await LoadAsync(Filter);
            }

            State.Replace(column);
            changed = true;
        }

        return changed;
    }

    /// <summary>Adds the next page of a column's cards.</summary>
    public async Task<bool> LoadMoreAsync(Guid stageId)
    {
        var boardRead = _boardReads;
        var cards = await queries.GetCardsAsync(Filter, stageId, State.LoadedCount(stageId));
        if (boardRead != _boardReads)
        {
            return false;
        }

        State.Append(stageId, cards);
        return true;
    }
}
