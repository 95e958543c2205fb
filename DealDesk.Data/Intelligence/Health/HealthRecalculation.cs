using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Core.Intelligence.Qualification;
using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Intelligence.Health;

/// <summary>Recalculates the health of a set of deals in a fixed number of statements, whatever the set's size:
/// five set-based reads of the facts, one UPDATE per distinct (score, trend) pair, and one SaveChanges for the
/// history and timeline rows, all in one transaction.</summary>
/// <remarks>The deal's health columns are written with <c>ExecuteUpdate</c>, which leaves the concurrency version
/// and <c>UpdatedAt</c> alone: a recalculation running while a user edits the deal never makes the user's save
/// fail, and the deal table's "updated" order only follows what people did.</remarks>
internal static class HealthRecalculation
{
    /// <summary>One deal recalculated.</summary>
    public sealed record Outcome(Guid DealId, Guid WorkspaceId, Guid StageId, HealthResult Result, int? PreviousScore,
        HealthTrend PreviousTrend)
    {
        /// <summary>Score or trend differ from before: pages showing the deal should reload.</summary>
        public bool Changed => PreviousScore != Result.Score || PreviousTrend != Result.Trend;
    }

    /// <summary>Recalculates those of <paramref name="dealIds"/> that are open and visible to <paramref name="db"/>.
    /// </summary>
    public static async Task<IReadOnlyList<Outcome>> RunAsync(DealDeskDbContext db, IReadOnlyCollection<Guid> dealIds,
        DateTime now, CancellationToken cancellationToken)
    {
        var facts = await ReadFactsAsync(db, dealIds, now, cancellationToken);
        if (facts.Count == 0)
        {
            return [];
        }

        var outcomes = facts
            .Select(f => new Outcome(f.Deal.Id, f.Deal.WorkspaceId, f.Deal.StageId,
                HealthCalculator.Calculate(f.Facts, f.Deal.HealthScore, f.Deal.HealthTrend)!,
                f.Deal.HealthScore, f.Deal.HealthTrend))
            .ToList();
        await WriteAsync(db, outcomes, now, cancellationToken);
        return outcomes;
    }

    /// <summary>The ids of the next <paramref name="batchSize"/> open deals visible to <paramref name="db"/> after
    /// <paramref name="after"/> in id order: a keyset page, so a pass over every open deal never holds more than
    /// one batch. With <paramref name="scoredBefore"/>, only those never scored or last scored before it.</summary>
    public static Task<List<Guid>> NextOpenBatchAsync(DealDeskDbContext db, Guid? after, int batchSize,
        DateTime? scoredBefore, CancellationToken cancellationToken)
    {
        var open = db.Deals.Where(d => d.WonAt == null && d.LostAt == null);
        if (scoredBefore is { } cutOff)
        {
            open = open.Where(d => d.HealthCalculatedAt == null || d.HealthCalculatedAt < cutOff);
        }
        if (after is { } last)
        {
            open = open.Where(d => d.Id.CompareTo(last) > 0);
        }

        return open.OrderBy(d => d.Id).Select(d => d.Id).Take(batchSize).ToListAsync(cancellationToken);
    }

    /// <summary>Announces the deals whose score or trend changed, once their calculation is committed: one change for
    /// all of them (a daily batch is one message to each page, not one per deal), each deal with its facts so that a
    /// page can tell whether it shows one of them.</summary>
    public static async Task AnnounceAsync(DealDeskDbContext db, IDealChangeFeed changes,
        IReadOnlyList<Outcome> outcomes, CancellationToken cancellationToken)
    {
        var changed = outcomes.Where(o => o.Changed).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var facts = await Deals.DealAnnouncements.FactsAsync(db, [.. changed.Select(o => o.DealId)], cancellationToken);
        var deals = changed.Select(o =>
        {
            var after = facts.GetValueOrDefault(o.DealId);
            return new DealChange(o.WorkspaceId, o.DealId, DealChangeKind.Rescored, FromStageId: null, o.StageId,
                ChangedBy: null)
            {
                Before = after is null ? null : after with { HealthScore = o.PreviousScore },
                After = after,
            };
        }).ToList();
        changes.Publish(deals.Count == 1 ? deals[0] : DealChange.Rescoring(changed[0].WorkspaceId, deals));
    }

    private static async Task WriteAsync(DealDeskDbContext db, List<Outcome> outcomes, DateTime now,
        CancellationToken cancellationToken)
    {
        foreach (var outcome in outcomes)
        {
            db.DealHealthHistory.Add(new DealHealthHistory(outcome.DealId, outcome.Result,
                HealthFactorsJson.Write(outcome.Result.Factors), now));
            if (outcome.PreviousScore is { } previous
                && Math.Abs(outcome.Result.Score - previous) > Activity.HealthChangeThreshold)
            {
                db.Activities.Add(Activity.Record(outcome.DealId, ActivityKind.HealthChanged, actorId: null, now,
                    $"Health {previous} → {outcome.Result.Score} ({outcome.Result.Trend})"));
            }
        }

        if (db.Database.CurrentTransaction is not null)
        {
            // Part of a larger unit of work (the demo seeder's): its transaction decides.
            await WriteScoresAsync(db, outcomes, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await WriteScoresAsync(db, outcomes, now, ct);
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        db.ChangeTracker.AcceptAllChanges();
    }

    private static async Task WriteScoresAsync(DealDeskDbContext db, List<Outcome> outcomes, DateTime now,
        CancellationToken ct)
    {
        foreach (var group in outcomes.GroupBy(o => (o.Result.Score, o.Result.Trend)))
        {
            var ids = group.Select(o => o.DealId).ToList();
            var (score, trend) = group.Key;
            // Only deals still open: one won or lost since its facts were read keeps the cleared score its move wrote.
            await db.Deals.Where(d => ids.Contains(d.Id) && d.WonAt == null && d.LostAt == null)
                .ExecuteUpdateAsync(set => set
                .SetProperty(d => d.HealthScore, score)
                .SetProperty(d => d.HealthTrend, trend)
                .SetProperty(d => d.HealthCalculatedAt, now), ct);
        }
    }

    private sealed record DealFacts(DealState Deal, HealthFacts Facts);

    private sealed class DealState
    {
        public Guid Id { get; init; }

        public Guid WorkspaceId { get; init; }

        public Guid AccountId { get; init; }

        public Guid StageId { get; init; }

        public string StageName { get; init; } = "";

        public int? RottingDays { get; init; }

        public DateTime StageEnteredAt { get; init; }

        public DateOnly? ExpectedCloseDate { get; init; }

        public int CloseDatePushCount { get; init; }

        public int? HealthScore { get; init; }

        public HealthTrend HealthTrend { get; init; }
    }

    private static async Task<List<DealFacts>> ReadFactsAsync(DealDeskDbContext db, IReadOnlyCollection<Guid> dealIds,
        DateTime now, CancellationToken cancellationToken)
    {
        var requested = dealIds.Distinct().ToList();
        // A deal may sit in a stage archived since; it still has a name and a norm.
        var deals = await (
                from d in db.Deals
                where requested.Contains(d.Id) && d.WonAt == null && d.LostAt == null
                join s in db.PipelineStages.IgnoreQueryFilters([DealDeskDbContext.ArchivedStageFilter])
                    on d.StageId equals s.Id
                select new DealState
                {
                    Id = d.Id,
                    WorkspaceId = d.WorkspaceId,
                    AccountId = d.AccountId,
                    StageId = d.StageId,
                    StageName = s.Name,
                    RottingDays = s.RottingDays,
                    StageEnteredAt = d.StageEnteredAt,
                    ExpectedCloseDate = d.ExpectedCloseDate,
                    CloseDatePushCount = d.CloseDatePushCount,
                    HealthScore = d.HealthScore,
                    HealthTrend = d.HealthTrend,
                })
            .ToListAsync(cancellationToken);
        if (deals.Count == 0)
        {
            return [];
        }

        // Only deals the context can see go further: activities, tasks and qualifications have no circle filter.
        var ids = deals.Select(d => d.Id).ToList();
        var accountIds = deals.Select(d => d.AccountId).Distinct().ToList();
        var today = DateOnly.FromDateTime(now);
        var engagedSince = now.AddDays(-HealthCalculator.EngagedWithinDays);

        // The health job's own entries are not work on the deal.
        var lastActivity = await db.Activities
            .Where(a => ids.Contains(a.DealId) && a.Kind != ActivityKind.HealthChanged)
            .GroupBy(a => a.DealId)
            .Select(g => new { DealId = g.Key, Last = g.Max(a => a.OccurredAt) })
            .ToDictionaryAsync(x => x.DealId, x => x.Last, cancellationToken);
        var qualifications = (await db.DealQualifications
                .Where(q => ids.Contains(q.DealId))
                .Select(q => new { q.DealId, q.Element, q.Status, q.Score })
                .ToListAsync(cancellationToken))
            .ToLookup(q => q.DealId, q => new ElementAssessment(q.Element, q.Status, q.Score));
        var stakeholders = await db.Stakeholders
            .Where(s => accountIds.Contains(s.AccountId))
            .GroupBy(s => s.AccountId)
            .Select(g => new
            {
                AccountId = g.Key,
                Champions = g.Count(s => (s.Roles & StakeholderRoles.Champion) == StakeholderRoles.Champion),
                DecisionMakers = g.Count(s => (s.Roles & StakeholderRoles.DecisionMaker) == StakeholderRoles.DecisionMaker),
                Engaged = g.Count(s => s.RelationshipStrength.Value >= HealthCalculator.EngagedRelationshipStrength
                    || s.LastInteractionAt >= engagedSince),
            })
            .ToDictionaryAsync(x => x.AccountId, cancellationToken);
        var overdue = await db.DealTasks
            .Where(t => ids.Contains(t.DealId) && t.CompletedAt == null && t.DueOn != null && t.DueOn < today)
            .GroupBy(t => t.DealId)
            .Select(g => new { DealId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.DealId, x => x.Count, cancellationToken);

        return deals.Select(d =>
        {
            stakeholders.TryGetValue(d.AccountId, out var people);
            return new DealFacts(d, new HealthFacts
            {
                StageName = d.StageName,
                DaysInStage = Rotting.DaysIn(d.StageEnteredAt, now),
                StageNormDays = d.RottingDays,
                DaysSinceLastActivity = lastActivity.TryGetValue(d.Id, out var last) ? Rotting.DaysIn(last, now) : null,
                DaysPastCloseDate = d.ExpectedCloseDate is { } close ? Math.Max(0, today.DayNumber - close.DayNumber) : null,
                CloseDatePushCount = d.CloseDatePushCount,
                QualificationScore = QualificationScoring.Overall(qualifications[d.Id]),
                Champion = KeyPerson.Champion(qualifications[d.Id], people?.Champions > 0),
                EconomicBuyer = KeyPerson.EconomicBuyer(qualifications[d.Id], people?.DecisionMakers > 0),
                EngagedStakeholders = people?.Engaged ?? 0,
                OverdueTasks = overdue.GetValueOrDefault(d.Id),
            });
        }).ToList();
    }
}
