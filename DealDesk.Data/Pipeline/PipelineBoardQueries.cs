using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Deals;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Pipeline;

/// <summary>The Kanban board in SQL: column totals from one grouped query over the filtered deals, cards filtered,
/// ordered, paged and projected in the database. The tenant filters limit both to the user's circles.</summary>
internal sealed class PipelineBoardQueries(IDbContextFactory<DealDeskDbContext> contexts) : IPipelineBoardQueries
{
    /// <summary>Most cards one call returns.</summary>
    public const int MaxPageSize = 100;

    public async Task<IReadOnlyList<BoardColumn>> GetBoardAsync(BoardFilter filter,
        int pageSize = BoardFilter.DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var take = Math.Clamp(pageSize, 1, MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deals = Filtered(db, filter);
        var stages = await db.PipelineStages
            .OrderBy(s => s.Order)
            .ThenBy(s => s.Id)
            .Select(s => new StageOption(s.Id, s.Name, s.Kind, s.Order, s.DefaultProbability, s.RottingDays))
            .ToListAsync(cancellationToken);
        var totals = await Totals(deals).ToDictionaryAsync(t => t.StageId, cancellationToken);

        // One query per column rather than one ROW_NUMBER() over every deal: each is a top-N read of one stage
        // along the (WorkspaceId, StageId, Value, Id, CircleId) index, about 2 ms for all eight columns at 100,000
        // deals; the window function numbered every deal the user can see first and took hundreds of milliseconds.
        var columns = new List<BoardColumn>(stages.Count);
        foreach (var stage in stages)
        {
            var found = totals.GetValueOrDefault(stage.Id);
            var cards = found is null ? [] : await CardsAsync(db, deals, stage.Id, 0, take, cancellationToken);
            columns.Add(Column(stage, found, cards));
        }

        return columns;
    }

    public async Task<IReadOnlyList<DealCard>> GetCardsAsync(BoardFilter filter, Guid stageId, int skip,
        int take = BoardFilter.DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await CardsAsync(db, Filtered(db, filter), stageId, Math.Max(0, skip), Math.Clamp(take, 1, MaxPageSize),
            cancellationToken);
    }

    public async Task<BoardColumn?> GetColumnAsync(BoardFilter filter, Guid stageId,
        int take = BoardFilter.DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stage = await db.PipelineStages
            .Where(s => s.Id == stageId)
            .Select(s => new StageOption(s.Id, s.Name, s.Kind, s.Order, s.DefaultProbability, s.RottingDays))
            .SingleOrDefaultAsync(cancellationToken);
        if (stage is null)
        {
            return null;
        }

        var deals = Filtered(db, filter);
        var totals = await Totals(deals.Where(d => d.StageId == stageId)).SingleOrDefaultAsync(cancellationToken);
        var cards = await CardsAsync(db, deals, stageId, 0, Math.Clamp(take, 1, MaxPageSize), cancellationToken);
        return Column(stage, totals, cards);
    }

    public async Task<DealCard?> GetCardAsync(BoardFilter filter, Guid dealId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Projected(db, Joined(db, Filtered(db, filter).Where(d => d.Id == dealId)))
            .SingleOrDefaultAsync(cancellationToken);
    }

    private static BoardColumn Column(StageOption stage, StageTotals? totals, List<DealCard> cards) =>
        totals is null
            ? new BoardColumn(stage, 0, 0m, 0m, cards)
            // Value × probability is summed in SQL; the division by 100 is left to C# so no provider rounds mid-way.
            : new BoardColumn(stage, totals.Count, totals.Value,
                Math.Round(totals.ValueTimesProbability / 100m, 2, MidpointRounding.AwayFromZero), cards);

    private static Task<List<DealCard>> CardsAsync(DealDeskDbContext db, IQueryable<Deal> deals, Guid stageId, int skip,
        int take, CancellationToken cancellationToken) =>
        Projected(db, Ordered(Joined(db, deals.Where(d => d.StageId == stageId))).Skip(skip).Take(take))
            .ToListAsync(cancellationToken);

    private static IQueryable<DealCard> Projected(DealDeskDbContext db, IQueryable<CardRow> rows) =>
        rows.Select(r => new DealCard(r.Deal.Id, r.Deal.StageId, r.Deal.Name, r.AccountName, r.Deal.Value,
                r.Deal.Currency, r.OwnerName, r.Deal.Priority, r.Deal.StageEnteredAt, r.Deal.Version,
                // The next step's due date (earliest open task, undated last): a future one keeps the card fresh.
                db.DealTasks.Where(t => t.DealId == r.Deal.Id && t.CompletedAt == null)
                    .OrderBy(t => t.DueOn == null).ThenBy(t => t.DueOn).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id).Select(t => t.DueOn).FirstOrDefault())
            {
                HealthScore = r.Deal.HealthScore,
                HealthTrend = r.Deal.HealthTrend,
                WonAt = r.Deal.WonAt,
                LostAt = r.Deal.LostAt,
                Probability = r.Deal.Probability,
            });

    private static IQueryable<Deal> Filtered(DealDeskDbContext db, BoardFilter filter)
    {
        var owners = filter.OwnerIds.Select(id => (Guid?)id).ToList();
        return DealFilters.Matching(db, filter.Text)
            .InAny(owners, d => d.OwnerId)
            .InAny(filter.CircleIds, d => d.CircleId)
            .InAny(filter.Priorities, d => d.Priority);
    }

    private static IQueryable<StageTotals> Totals(IQueryable<Deal> deals) =>
        deals.GroupBy(d => d.StageId)
            .Select(g => new StageTotals
            {
                StageId = g.Key,
                Count = g.Count(),
                Value = g.Sum(d => d.Value),
                ValueTimesProbability = g.Sum(d => d.Value * d.Probability),
            });

    private static IQueryable<CardRow> Joined(DealDeskDbContext db, IQueryable<Deal> deals) =>
        from deal in deals
        join account in db.Accounts on deal.AccountId equals account.Id
        join owner in db.Users on deal.OwnerId equals owner.Id into owners
        from owner in owners.DefaultIfEmpty()
        select new CardRow { Deal = deal, AccountName = account.Name, OwnerName = owner == null ? null : owner.DisplayName };

    // Largest first; the id breaks ties so that "load more" never repeats or skips a card. Both descending, so
    // SQLite reads a column page straight from the (WorkspaceId, StageId, Value, Id, ...) index.
    private static IQueryable<CardRow> Ordered(IQueryable<CardRow> rows) =>
        rows.OrderByDescending(r => r.Deal.Value).ThenByDescending(r => r.Deal.Id);

    // Member-initialised classes rather than positional records: EF Core can group, sort and page on their members
    // only when it sees which column each one came from.
    private sealed class StageTotals
    {
        public Guid StageId { get; init; }

        public int Count { get; init; }

        public decimal Value { get; init; }

        public decimal ValueTimesProbability { get; init; }
    }

    private sealed class CardRow
    {
        public required Deal Deal { get; init; }

        public required string AccountName { get; init; }

        public string? OwnerName { get; init; }
    }
}
