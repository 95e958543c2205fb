using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Data.Deals;
using DealDesk.Data.Intelligence.Health;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using DealDesk.Web.Feeds;
using DealDesk.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DealDesk.Tests.Data.Intelligence.Health;

/// <summary>The refresher follows the change feed of every workspace: a deal that was worked on is rescored in the
/// system scope of its workspace, while its own Rescored announcements never trigger another calculation.</summary>
public sealed class HealthRecalculationOnChangeTests
{
    [Fact]
    public async Task AWorkedDealIsRescored_ARescoredOneIsLeftAlone()
    {
        await using var sqlite = await FreshDemoDatabase.CreateAsync();
        var acme = await DealHealthServiceTests.AcmeAsync(sqlite);
        var scope = TenantScope.System(acme);
        var worked = await DealHealthServiceTests.DealOfCircleAsync(sqlite, "Enterprise Team");
        var rescored = await DealHealthServiceTests.DealOfCircleAsync(sqlite, "Growth Team");
        var movedWithItsHealth = await DealHealthServiceTests.DealOfCircleAsync(sqlite, "Enterprise Team", skip: 1);
        await using (var reset = sqlite.For(scope))
        {
            // Unscored, so that the recalculation is sure to announce a change of score.
            await reset.Deals.Where(d => d.Id == worked)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.HealthScore, (int?)null), TestContext.Current.CancellationToken);
        }

        var feed = new InProcessDealChangeFeed(NullLogger<InProcessDealChangeFeed>.Instance);
        var clock = new FixedClock(DateTime.UtcNow.AddDays(1));
        var job = new SystemHealthRecalculation(sqlite.Database, clock, feed, NullLogger<SystemHealthRecalculation>.Instance);
        var refresher = new HealthRecalculationOnChange(feed, job,
            Options.Create(new HealthSettings { CoalesceWindow = TimeSpan.Zero }), NullLogger<HealthRecalculationOnChange>.Instance);
        var done = new TaskCompletionSource();
        using var watch = feed.SubscribeAll(c =>
        {
            if (c.DealId == worked && c.Kind == DealChangeKind.Rescored)
            {
                done.TrySetResult();
            }

            return Task.CompletedTask;
        });

        await refresher.StartAsync(TestContext.Current.CancellationToken);
        feed.Publish(new DealChange(acme, rescored, DealChangeKind.Rescored, null, Guid.Empty, null));
        // A writer that rescored with its change: published before the worked deal, so drained no later than it.
        feed.Publish(new DealChange(acme, movedWithItsHealth, DealChangeKind.Moved, null, Guid.Empty, null)
        {
            HealthIncluded = true,
        });
        feed.Publish(new DealChange(acme, worked, DealChangeKind.Worked, null, Guid.Empty, null));
        await done.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await refresher.StopAsync(TestContext.Current.CancellationToken);

        await using var db = sqlite.For(scope);
        var at = clock.UtcNow;
        Assert.True(await db.DealHealthHistory.AnyAsync(h => h.DealId == worked && h.CalculatedAt == at));
        Assert.False(await db.DealHealthHistory.AnyAsync(h => h.DealId == rescored && h.CalculatedAt == at));
        Assert.False(await db.DealHealthHistory.AnyAsync(h => h.DealId == movedWithItsHealth && h.CalculatedAt == at));
    }
}
