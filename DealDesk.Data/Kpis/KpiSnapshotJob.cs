using DealDesk.Core.Kpis;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Kpis;

/// <summary>The daily snapshot of every KPI of every workspace, on behalf of the system: one
/// <see cref="KpiHistoryKind.DailySnapshot"/> entry per KPI and (UTC) day. Idempotent: KPIs that already have the
/// day's snapshot are left out of the query, and the unique (KpiId, SnapshotDate) index turns a race with another
/// run (a second instance, a restart mid-pass) into "already done" rather than a second entry.</summary>
public sealed partial class KpiSnapshotJob(DealDeskDatabase database, TimeProvider clock, ILogger<KpiSnapshotJob> log)
{
    /// <summary>KPIs per batch when not configured.</summary>
    public const int DefaultBatchSize = 500;

    /// <summary>Runs just before a batch is saved; lets a test commit a competing snapshot at the worst moment.
    /// </summary>
    internal Func<Guid, IReadOnlyList<Guid>, Task>? BeforeBatchSave { get; set; }

    /// <summary>Records today's snapshot of every KPI that has none yet, in every workspace, <paramref name="batchSize"/>
    /// KPIs per context and SaveChanges. Returns how many snapshots it recorded.</summary>
    public async Task<int> RecordTodayAsync(int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        batchSize = Math.Clamp(batchSize, 1, 10_000);
        var workspaces = await database.WorkspaceIdsAsync(cancellationToken);

        var total = 0;
        foreach (var workspaceId in workspaces)
        {
            var count = await RecordWorkspaceAsync(workspaceId, batchSize, cancellationToken);
            if (count > 0)
            {
                LogWorkspaceDone(count, workspaceId);
            }

            total += count;
        }

        return total;
    }

    private async Task<int> RecordWorkspaceAsync(Guid workspaceId, int batchSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var total = 0;
        Guid? after = null;
        while (true)
        {
            await using var db = database.CreateContext(TenantScope.System(workspaceId));
            var kpis = await WithoutSnapshot(db, today, after).Take(batchSize).ToListAsync(cancellationToken);
            if (kpis.Count == 0)
            {
                return total;
            }

            after = kpis[^1].Id;
            var ids = kpis.Select(k => k.Id).ToList();
            foreach (var kpi in kpis)
            {
                db.KpiHistory.Add(kpi.RecordSnapshot(today, now));
            }

            try
            {
                if (BeforeBatchSave is { } hook)
                {
                    await hook(workspaceId, ids);
                }

                await db.SaveChangesAsync(cancellationToken);
                total += kpis.Count;
            }
            catch (DbUpdateException)
            {
                // Some of the batch got today's snapshot from another run since the query: record the others one by
                // one, each in its own context, so the ones already done are skipped instead of failing the batch.
                total += await RecordOneByOneAsync(workspaceId, ids, today, now, cancellationToken);
            }

            if (kpis.Count < batchSize)
            {
                return total;
            }
        }
    }

    private async Task<int> RecordOneByOneAsync(Guid workspaceId, List<Guid> ids, DateOnly today, DateTime now,
        CancellationToken cancellationToken)
    {
        var recorded = 0;
        foreach (var id in ids)
        {
            await using var db = database.CreateContext(TenantScope.System(workspaceId));
            var kpi = await WithoutSnapshot(db, today, after: null).SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
            if (kpi is null)
            {
                continue; // Done by the other run, or deleted meanwhile.
            }

            db.KpiHistory.Add(kpi.RecordSnapshot(today, now));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                recorded++;
            }
            catch (DbUpdateException)
            {
                if (!await HasSnapshotAsync(workspaceId, id, today, cancellationToken))
                {
                    throw; // Not the unique index: a real failure, for the caller to log.
                }

                LogAlreadyDone(id, today);
            }
        }

        return recorded;
    }

    private async Task<bool> HasSnapshotAsync(Guid workspaceId, Guid kpiId, DateOnly day,
        CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext(TenantScope.System(workspaceId));
        return await db.KpiHistory.AnyAsync(h => h.KpiId == kpiId && h.SnapshotDate == day, cancellationToken);
    }

    /// <summary>The KPIs without a snapshot of <paramref name="day"/>, after <paramref name="after"/> in id order: a
    /// keyset page, so a pass never holds more than one batch.</summary>
    private static IQueryable<Kpi> WithoutSnapshot(DealDeskDbContext db, DateOnly day, Guid? after)
    {
        var kpis = db.Kpis.Where(k => !db.KpiHistory.Any(h => h.KpiId == k.Id && h.SnapshotDate == day));
        if (after is { } last)
        {
            kpis = kpis.Where(k => k.Id.CompareTo(last) > 0);
        }

        return kpis.OrderBy(k => k.Id);
    }

    [LoggerMessage(LogLevel.Information, "Daily KPI snapshot recorded for {Count} KPIs of workspace {WorkspaceId}")]
    private partial void LogWorkspaceDone(int count, Guid workspaceId);

    [LoggerMessage(LogLevel.Information, "KPI {KpiId} already had its snapshot of {Day}: left as it was")]
    private partial void LogAlreadyDone(Guid kpiId, DateOnly day);
}
