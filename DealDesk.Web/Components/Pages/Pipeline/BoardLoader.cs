using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;

namespace DealDesk.Web.Components.Pages.Pipeline;

/// <summary>Reads the board for the page: the whole board for a filter, single columns after a change, further pages
/// of a column. Reads overlap (drops, another user's change and a new filter can all be on their way); an answer is
/// shown only if no newer read of the same board or column has been started since, so answers arriving out of order
/// never bring back an older state. A column with a drop being saved is read once the drop has settled, never while
/// the read might predate the save. Each change is read once: the echo of this page's own drop is ignored (the drop
/// shows itself) and a new health score reads the one card, not its column.</summary>
public sealed class BoardLoader(IPipelineBoardQueries queries)
{
    private readonly Dictionary<Guid, int> _columnReads = [];
    private readonly HashSet<DealChange> _ownMoves = [];
    private readonly HashSet<Guid> _waiting = [];
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

    /// <summary>Notes a drop this page is about to save, so that its announcement, which may arrive before or after
    /// the save returns, is not read a second time. Call <see cref="ForgetMove"/> when the save fails.</summary>
    public void ExpectMove(DealChange move) => _ownMoves.Add(move);

    /// <summary>Stops expecting the announcement of a drop that was not saved.</summary>
    public void ForgetMove(DealChange move) => _ownMoves.Remove(move);

    /// <summary>Shows a change announced on the feed: the columns it touched are read again, a new health score reads
    /// only its card (totals and order do not depend on it), and the echo of an expected own move is skipped.</summary>
    public Task<bool> FollowAsync(DealChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Kind switch
        {
            // Matched on workspace, deal, both stages and mover: another user's move of the deal is never taken for ours.
            DealChangeKind.Moved when _ownMoves.Remove(change) => Task.FromResult(false),
            DealChangeKind.Rescored => ReloadCardsAsync(change.Deals.Select(c => c.DealId)),
            _ => ReloadColumnsAsync(change.FromStageId is { } from ? [from, change.ToStageId] : [change.ToStageId]),
        };
    }

    /// <summary>Reads the columns of <paramref name="stageIds"/> again, or the whole board when one of them is a stage
    /// the board does not show (the pipeline itself changed). A column with a drop being saved waits for
    /// <see cref="ReadWaitingColumnsAsync"/>.</summary>
    public async Task<bool> ReloadColumnsAsync(IEnumerable<Guid> stageIds)
    {
        ArgumentNullException.ThrowIfNull(stageIds);
        var boardRead = _boardReads;
        var changed = false;
        foreach (var stageId in stageIds.Distinct())
        {
            switch (State.Column(stageId) is null ? ColumnRead.StageGone : await ReadColumnAsync(stageId, boardRead))
            {
                case ColumnRead.Shown:
                    changed = true;
                    break;
                case ColumnRead.StageGone:
                    return await LoadAsync(Filter);
            }
        }

        return changed;
    }

    private async Task<ColumnRead> ReadColumnAsync(Guid stageId, int boardRead)
    {
        while (true)
        {
            if (State.IsMovingIn(stageId))
            {
                _waiting.Add(stageId);
                return ColumnRead.Waiting;
            }

            var moves = State.MovesBegun(stageId);
            var read = _columnReads[stageId] = _columnReads.GetValueOrDefault(stageId) + 1;
            // As many cards as were loaded, so a reload does not take back what "load more" showed.
            var take = Math.Max(BoardFilter.DefaultPageSize, State.LoadedCount(stageId));
            var column = await queries.GetColumnAsync(Filter, stageId, take);
            if (boardRead != _boardReads || read != _columnReads[stageId])
            {
                return ColumnRead.Overtaken;
            }

            if (column is null)
            {
                return ColumnRead.StageGone;
            }

            // A drop on the column began while it was read: the answer may predate its save, so it is read again
            // (or waits until the drop has settled).
            if (moves == State.MovesBegun(stageId) && State.Replace(column))
            {
                return ColumnRead.Shown;
            }
        }
    }

    /// <summary>Reads the columns that waited for drops being saved there, once none is, with
    /// <paramref name="alsoRead"/>.</summary>
    public Task<bool> ReadWaitingColumnsAsync(IEnumerable<Guid> alsoRead)
    {
        ArgumentNullException.ThrowIfNull(alsoRead);
        var ready = _waiting.Where(s => !State.IsMovingIn(s)).Concat(alsoRead).Distinct().ToList();
        _waiting.ExceptWith(ready);
        return ready.Count == 0 ? Task.FromResult(false) : ReloadColumnsAsync(ready);
    }

    /// <summary>Reads one loaded card again (its health and version changed); false when it is not loaded, left the
    /// board's filter or column, or a newer read of its column has been started since.</summary>
    public async Task<bool> ReloadCardAsync(Guid dealId)
    {
        if (State.Card(dealId) is not { } loaded)
        {
            return false;
        }

        var stageId = loaded.Card.StageId;
        var boardRead = _boardReads;
        var columnRead = _columnReads.GetValueOrDefault(stageId);
        var card = await queries.GetCardAsync(Filter, dealId);
        if (card is null || card.StageId != stageId || boardRead != _boardReads
            || columnRead != _columnReads.GetValueOrDefault(stageId))
        {
            return false;
        }

        return State.ReplaceCard(card);
    }

    /// <summary>Reads again those of <paramref name="dealIds"/> that are loaded (a health pass announces a batch).
    /// </summary>
    private async Task<bool> ReloadCardsAsync(IEnumerable<Guid> dealIds)
    {
        var changed = false;
        foreach (var dealId in dealIds.Where(id => State.Card(id) is not null).ToList())
        {
            changed |= await ReloadCardAsync(dealId);
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

    private enum ColumnRead
    {
        Shown,
        Overtaken,
        Waiting,
        StageGone,
    }
}
