using DealDesk.Core.Deals;
using DealDesk.Data.Intelligence.Health;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Deals;

/// <summary>Announces committed writes on the change feed, one change per deal per user action: the deal's health is
/// recalculated first (one user action, one refresh of each page: no separate rescore follows), and the change
/// carries the deal's facts before and after, so that each open page can tell whether it is touched without a query.
/// </summary>
internal static partial class DealAnnouncements
{
    /// <summary>Rescores <paramref name="dealIds"/> and announces each as <paramref name="kind"/> by
    /// <paramref name="by"/>. Call after the write committed. <paramref name="before"/> are the facts before the
    /// write when the writer changed the deal's own fields; otherwise they are the facts after, with the previous
    /// health. If the recalculation or the read fails, the deals are announced with ids only and the health refresher
    /// picks them up: the write stands, so its announcement must go out. A deal the writer's context could not
    /// recalculate (another circle's) is announced without <see cref="DealChange.HealthIncluded"/>, for the refresher.
    /// </summary>
    public static async Task AnnounceAsync(DealDeskDbContext db, IDealChangeFeed changes, DateTime now,
        DealChangeKind kind, IReadOnlyCollection<Guid> dealIds, Guid? by, ILogger log, Guid? fromStageId = null,
        IReadOnlyDictionary<Guid, DealFacts>? before = null, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<DealChange> announced;
        try
        {
            var outcomes = await HealthRecalculation.RunAsync(db, dealIds, now, cancellationToken);
            // Only the deals recalculated here: an open deal out of the writer's circles (a stakeholder's account spans
            // circles) is left to the refresher, which sees every circle.
            var previousHealth = outcomes.ToDictionary(o => o.DealId, o => o.PreviousScore);
            var after = await FactsAsync(db, dealIds, cancellationToken);
            announced = [.. after.Select(deal => new DealChange(db.Tenant.WorkspaceId, deal.Key, kind, fromStageId,
                deal.Value.StageId, by)
            {
                Before = kind == DealChangeKind.Created ? null
                    : before?.GetValueOrDefault(deal.Key)
                        ?? deal.Value with { HealthScore = previousHealth.GetValueOrDefault(deal.Key, deal.Value.HealthScore) },
                After = deal.Value,
                HealthIncluded = previousHealth.ContainsKey(deal.Key),
            })];
        }
        catch (Exception e)
        {
            LogRescoreFailed(log, e, dealIds.Count);
            var stages = await StagesAsync(db, dealIds);
            announced = [.. stages.Select(s => new DealChange(db.Tenant.WorkspaceId, s.Key, kind, fromStageId, s.Value, by))];
        }

        foreach (var change in announced)
        {
            changes.Publish(change);
        }
    }

    /// <summary>The facts of <paramref name="dealIds"/> in <paramref name="db"/>'s workspace, by deal, whichever circle
    /// they are in: a write may touch deals beyond the writer's circles (a stakeholder of an account), and the facts
    /// only decide who hears of the change, they are never shown.</summary>
    public static async Task<Dictionary<Guid, DealFacts>> FactsAsync(DealDeskDbContext db,
        IReadOnlyCollection<Guid> dealIds, CancellationToken cancellationToken)
    {
        var ids = dealIds.Distinct().ToList();
        var rows = await (
                from d in db.Deals.IgnoreQueryFilters([DealDeskDbContext.CircleFilter])
                where ids.Contains(d.Id)
                join a in db.Accounts on d.AccountId equals a.Id
                select new
                {
                    d.Id,
                    Facts = new DealFacts(d.CircleId, d.StageId, d.OwnerId, d.Priority, d.Value, d.HealthScore,
                        d.AccountId, d.Name, a.Name, d.UpdatedAt, d.StageEnteredAt, d.ExpectedCloseDate),
                })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => r.Facts);
    }

    /// <summary>The facts of <paramref name="deal"/> as loaded, before the write changes it.</summary>
    public static async Task<Dictionary<Guid, DealFacts>> BeforeAsync(DealDeskDbContext db, Deal deal,
        CancellationToken cancellationToken)
    {
        var accountName = await db.Accounts.Where(a => a.Id == deal.AccountId).Select(a => a.Name)
            .SingleOrDefaultAsync(cancellationToken) ?? "";
        return new Dictionary<Guid, DealFacts> { [deal.Id] = DealFacts.Of(deal, accountName) };
    }

    // Without cancellation: the write is committed whatever the caller wants now.
    private static async Task<Dictionary<Guid, Guid>> StagesAsync(DealDeskDbContext db, IReadOnlyCollection<Guid> dealIds)
    {
        var ids = dealIds.Distinct().ToList();
        return await db.Deals.IgnoreQueryFilters([DealDeskDbContext.CircleFilter]).Where(d => ids.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.StageId);
    }

    [LoggerMessage(LogLevel.Warning, "Health of {Count} deals not recalculated with their write; the refresher will")]
    private static partial void LogRescoreFailed(ILogger log, Exception exception, int count);
}
