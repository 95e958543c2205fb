using System.Collections.Concurrent;
using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;

namespace DealDesk.Tests.Web.Pipeline;

/// <summary>The board over a list of deals, as the board queries read it (largest value first, SQL totals); column
/// reads can be held until the test releases them.</summary>
internal sealed class ListBoard(params StageOption[] stages) : IPipelineBoardQueries
{
    private readonly List<DealCard> _deals = [];
    private readonly List<(TaskCompletionSource<BoardColumn?> Answer, Guid StageId)> _held = [];

    public IReadOnlyList<StageOption> Stages => stages;

    public bool HoldColumnReads { get; set; }

    public int ColumnReads { get; private set; }

    public DealCard Add(StageOption stage, string name, decimal value)
    {
        var card = new DealCard(Guid.NewGuid(), stage.Id, name, "Acme", value, "USD", null, DealPriority.Medium,
            DateTime.UtcNow, [1]) { Probability = stage.DefaultProbability };
        _deals.Add(card);
        return card;
    }

    public DealCard Find(Guid dealId) => _deals.Single(d => d.Id == dealId);

    /// <summary>Changes a deal as a save does: with a new version.</summary>
    public void Edit(Guid dealId, Func<DealCard, DealCard> change)
    {
        var index = _deals.FindIndex(d => d.Id == dealId);
        _deals[index] = change(_deals[index]) with { Version = [(byte)(_deals[index].Version[0] + 1)] };
    }

    public void ReleaseColumnReads()
    {
        HoldColumnReads = false;
        var held = _held.ToList();
        _held.Clear();
        foreach (var (answer, stageId) in held)
        {
            answer.SetResult(Column(stages.Single(s => s.Id == stageId)));
        }
    }

    public Task<IReadOnlyList<BoardColumn>> GetBoardAsync(BoardFilter filter, int pageSize = BoardFilter.DefaultPageSize,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<BoardColumn>>([.. stages.Select(Column)]);

    public Task<IReadOnlyList<DealCard>> GetCardsAsync(BoardFilter filter, Guid stageId, int skip,
        int take = BoardFilter.DefaultPageSize, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DealCard>>([]);

    public Task<BoardColumn?> GetColumnAsync(BoardFilter filter, Guid stageId, int take = BoardFilter.DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        ColumnReads++;
        if (!HoldColumnReads)
        {
            return Task.FromResult<BoardColumn?>(Column(stages.Single(s => s.Id == stageId)));
        }

        var answer = new TaskCompletionSource<BoardColumn?>();
        _held.Add((answer, stageId));
        return answer.Task;
    }

    public Task<DealCard?> GetCardAsync(BoardFilter filter, Guid dealId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_deals.Find(d => d.Id == dealId));

    private BoardColumn Column(StageOption stage)
    {
        var cards = _deals.Where(d => d.StageId == stage.Id).OrderByDescending(d => d.Value).ToList();
        return new BoardColumn(stage, cards.Count, cards.Sum(c => c.Value), cards.Sum(c => c.Value * c.Probability / 100m), cards);
    }
}

/// <summary>Moves deals on a <see cref="ListBoard"/> as the deal service does (a stale version is a conflict), each
/// save held until the test releases it. The page saves off its own thread, so a save may be asked for before or
/// after the test releases it.</summary>
internal sealed class HeldDealService(ListBoard board) : IDealService
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _gates = [];
    private readonly ConcurrentDictionary<Guid, bool> _asked = [];

    /// <summary>A save of the deal has been asked for.</summary>
    public bool Asked(Guid dealId) => _asked.ContainsKey(dealId);

    public void Release(Guid dealId) => Gate(dealId).SetResult();

    public async Task<Result> MoveAsync(Guid dealId, Guid stageId, string? lostReason, byte[] version,
        CancellationToken cancellationToken = default)
    {
        _asked[dealId] = true;
        await Gate(dealId).Task;
        if (!board.Find(dealId).Version.SequenceEqual(version))
        {
            return Result.Conflict(DealMessages.Conflict);
        }

        board.Edit(dealId, d => d with { StageId = stageId });
        return Result.Ok();
    }

    public Task<DealFormOptions> GetFormOptionsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new DealFormOptions(board.Stages, [], [], "USD"));

    public Task<DealDraft?> GetDraftAsync(Guid dealId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<Result<Guid>> CreateAsync(DealDraft draft, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<Result> UpdateAsync(Guid dealId, DealDraft draft, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    private TaskCompletionSource Gate(Guid dealId) =>
        _gates.GetOrAdd(dealId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
