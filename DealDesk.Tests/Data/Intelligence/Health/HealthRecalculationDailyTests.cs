using DealDesk.Core.Deals;
using DealDesk.Data.Intelligence.Health;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Data.Intelligence.Health;

/// <summary>The daily pass with a cut-off rescores only the deals whose score is older than it, so the pass that runs
/// shortly after a start does not redo what the seeder (or a change a moment ago) has just scored.</summary>
public sealed class HealthRecalculationDailyTests
{
    [Fact]
    public async Task PassWithACutOff_AfterSeeding_RescoresOnlyTheDealsScoredBeforeIt()
    {
        await using var sqlite = await FreshDemoDatabase.CreateAsync();
        var clock = new FixedClock(DateTime.UtcNow.AddMinutes(1));
        var feed = new RecordingChangeFeed();
        var job = new SystemHealthRecalculation(sqlite.Database, clock, feed, NullLogger<SystemHealthRecalculation>.Instance);
        var cutOff = clock.UtcNow.AddHours(-12);

        Assert.Equal(0, await job.RecalculateAllOpenAsync(scoredBefore: cutOff));

        await using var registry = sqlite.For(TenantScope.None);
        var acme = await registry.Workspaces.IgnoreQueryFilters().Where(w => w.Name == "Acme Sales").Select(w => w.Id)
            .SingleAsync();
        await using var db = sqlite.For(TenantScope.System(acme));
        var stale = await db.Deals.Where(d => d.WonAt == null && d.LostAt == null).OrderBy(d => d.Id).Select(d => d.Id)
            .FirstAsync();
        await db.Deals.Where(d => d.Id == stale)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.HealthCalculatedAt, clock.UtcNow.AddDays(-2)));

        Assert.Equal(1, await job.RecalculateAllOpenAsync(scoredBefore: cutOff));
        Assert.Equal(clock.UtcNow, await db.Deals.Where(d => d.Id == stale).Select(d => d.HealthCalculatedAt).SingleAsync());
        Assert.True(await job.RecalculateAllOpenAsync() > 1, "without a cut-off the pass rescores every open deal");
    }

    [Fact]
    public async Task Pass_AnnouncesEachBatchOnce_NotEachDeal()
    {
        await using var sqlite = await FreshDemoDatabase.CreateAsync();
        var clock = new FixedClock(DateTime.UtcNow.AddMinutes(1));
        var feed = new RecordingChangeFeed();
        var job = new SystemHealthRecalculation(sqlite.Database, clock, feed, NullLogger<SystemHealthRecalculation>.Instance);
        await using var registry = sqlite.For(TenantScope.None);
        var acme = await registry.Workspaces.IgnoreQueryFilters().Where(w => w.Name == "Acme Sales").Select(w => w.Id)
            .SingleAsync();
        await using var db = sqlite.For(TenantScope.System(acme));
        var open = db.Deals.Where(d => d.WonAt == null && d.LostAt == null);
        // Unscored, so that every open deal's score changes and is announced.
        await open.ExecuteUpdateAsync(s => s.SetProperty(d => d.HealthScore, (int?)null));
        var openIds = await open.Select(d => d.Id).ToListAsync();

        await job.RecalculateAllOpenAsync(batchSize: 10);

        var announced = feed.Published.Where(c => c.WorkspaceId == acme).ToList();
        Assert.Equal((openIds.Count + 9) / 10, announced.Count);
        Assert.All(announced, c => Assert.Equal(DealChangeKind.Rescored, c.Kind));
        Assert.Equal(openIds.Order(), announced.SelectMany(c => c.Deals).Select(d => d.DealId).Order());
        Assert.All(announced.SelectMany(c => c.Deals), d => Assert.Null(d.Before!.HealthScore));
    }
}
