using DealDesk.Core.Kpis;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Kpis;

/// <summary>The daily snapshot: one entry per KPI of every workspace and day, nothing more on a second run the same
/// day (a restart), one more on a new day, and a race with another run lost gracefully to the unique index.</summary>
public sealed class KpiSnapshotJobTests(KpiLab lab) : IClassFixture<KpiLab>
{
    [Fact]
    public async Task RecordToday_OneSnapshotPerKpiAndDay_TwiceTheSameDayAddsNothing_ANewDayAddsOne()
    {
        var start = lab.Clock.UtcNow;
        try
        {
            var circle = await lab.NewCircleAsync();
            var kpi = await circle.AddKpiAsync("Snapshotted", 7m, 10m);
            var job = lab.SnapshotJob();

            var today = DateOnly.FromDateTime(start);
            var first = await job.RecordTodayAsync(batchSize: 2);
            var counts = await SnapshotsPerKpiAsync(today);
            Assert.Equal(counts.Count, first);
            Assert.All(counts, c => Assert.Equal(1, c.Value));
            Assert.Contains(counts, c => c.Key.WorkspaceName == "Globex");
            var entry = (await circle.HistoryRowsAsync(kpi))[^1];
            Assert.Equal((KpiHistoryKind.DailySnapshot, today, 7m, 10m, 70m),
                (entry.Kind, entry.SnapshotDate, entry.Value, entry.Target, entry.PercentComplete));

            lab.Clock.UtcNow = start.AddHours(3);
            Assert.Equal(0, await lab.SnapshotJob().RecordTodayAsync(batchSize: 2));
            Assert.Equal(counts, await SnapshotsPerKpiAsync(today));

            lab.Clock.UtcNow = start.AddDays(1);
            Assert.Equal(counts.Count, await job.RecordTodayAsync());
            Assert.All(await SnapshotsPerKpiAsync(today.AddDays(1)), c => Assert.Equal(1, c.Value));
            Assert.Equal(counts, await SnapshotsPerKpiAsync(today));
            Assert.Equal(0, await job.RecordTodayAsync());
        }
        finally
        {
            lab.Clock.UtcNow = start;
        }
    }

    [Fact]
    public async Task RecordToday_WhenAnotherRunSnapshotsPartOfTheBatchFirst_TreatsThoseAsDone_AndRecordsTheRest()
    {
        var start = lab.Clock.UtcNow;
        try
        {
            lab.Clock.UtcNow = start.AddDays(10);
            var circle = await lab.NewCircleAsync();
            var competitor = await circle.AddKpiAsync("Competitor got it", 1m, 2m);
            await circle.AddKpiAsync("Left for us", 1m, 2m);
            var job = lab.SnapshotJob();
            var raced = false;
            job.BeforeBatchSave = async (workspaceId, ids) =>
            {
                if (raced || workspaceId != circle.WorkspaceId || !ids.Contains(competitor))
                {
                    return;
                }

                raced = true;
                await using var db = lab.Sqlite.For(TenantScope.System(workspaceId));
                var kpi = await db.Kpis.SingleAsync(k => k.Id == competitor);
                db.KpiHistory.Add(kpi.RecordSnapshot(DateOnly.FromDateTime(lab.Clock.UtcNow), lab.Clock.UtcNow));
                await db.SaveChangesAsync();
            };

            var recorded = await job.RecordTodayAsync();

            Assert.True(raced);
            var counts = await SnapshotsPerKpiAsync(DateOnly.FromDateTime(lab.Clock.UtcNow));
            Assert.All(counts, c => Assert.Equal(1, c.Value));
            Assert.Equal(counts.Count - 1, recorded);
        }
        finally
        {
            lab.Clock.UtcNow = start;
        }
    }

    [Fact]
    public async Task TheStore_RefusesASecondSnapshotOfTheSameKpiAndDay()
    {
        var circle = await lab.NewCircleAsync();
        var id = await circle.AddKpiAsync("Unique", 1m, 2m);
        var day = new DateOnly(2030, 1, 1);
        await using (var db = lab.Sqlite.For(TenantScope.System(circle.WorkspaceId)))
        {
            var kpi = await db.Kpis.SingleAsync(k => k.Id == id);
            db.KpiHistory.Add(kpi.RecordSnapshot(day, lab.Clock.UtcNow));
            await db.SaveChangesAsync();
        }

        await using var again = lab.Sqlite.For(TenantScope.System(circle.WorkspaceId));
        var same = await again.Kpis.SingleAsync(k => k.Id == id);
        again.KpiHistory.Add(same.RecordSnapshot(day, lab.Clock.UtcNow));

        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    private sealed record KpiKey(string WorkspaceName, Guid KpiId);

    /// <summary>Snapshots of <paramref name="day"/> per KPI of every workspace, KPIs without one included.</summary>
    private async Task<Dictionary<KpiKey, int>> SnapshotsPerKpiAsync(DateOnly day)
    {
        await using var registry = lab.Sqlite.For(TenantScope.None);
        var workspaces = await registry.Workspaces.IgnoreQueryFilters().ToListAsync();
        var counts = new Dictionary<KpiKey, int>();
        foreach (var workspace in workspaces)
        {
            await using var db = lab.Sqlite.For(TenantScope.System(workspace.Id));
            var rows = await db.Kpis.Select(k => new
            {
                k.Id,
                Count = db.KpiHistory.Count(h => h.KpiId == k.Id && h.SnapshotDate == day),
            }).ToListAsync();
            foreach (var row in rows)
            {
                counts[new KpiKey(workspace.Name, row.Id)] = row.Count;
            }
        }

        return counts;
    }
}
