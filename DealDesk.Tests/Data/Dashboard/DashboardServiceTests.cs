using DealDesk.Core.Dashboard;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Dashboard;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Dashboard;

/// <summary>The dashboard's SQL aggregates agree with the same figures computed in memory from the raw rows
/// of the user's circles.</summary>
public sealed class DashboardServiceTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Theory]
    [InlineData("rep@dealdesk.demo")]
    [InlineData("admin@dealdesk.demo")]
    [InlineData("admin@globex.demo")]
    public async Task GetSummary_MatchesAnInMemoryCountOfTheUsersCircles(string email)
    {
        var scope = await seeded.ScopeOfAsync(email);
        var clock = new FixedClock(DateTime.UtcNow);
        await using var raw = seeded.Sqlite.For(TenantScope.System(scope.WorkspaceId));
        var circles = scope.SeesAllCircles
            ? await raw.Circles.Select(c => c.Id).ToListAsync()
            : await raw.CircleMemberships.Where(m => m.UserId == scope.UserId).Select(m => m.CircleId).ToListAsync();
        var deals = (await raw.Deals.ToListAsync()).Where(d => circles.Contains(d.CircleId)).ToList();
        var openStages = await raw.PipelineStages.Where(s => s.Kind == StageKind.Open).OrderBy(s => s.Order).ToListAsync();
        var since = clock.UtcNow.AddDays(-30);

        var summary = await new DashboardService(new FixedScopeContextFactory(seeded.Sqlite.Database, scope), clock)
            .GetSummaryAsync();

        Assert.Equal(openStages.Select(s => s.Name), summary.OpenStages.Select(s => s.StageName));
        foreach (var stage in summary.OpenStages)
        {
            var inStage = deals.Where(d => d.StageId == stage.StageId && d.IsOpen).ToList();
            Assert.Equal(inStage.Count, stage.DealCount);
            Assert.Equal(inStage.Sum(d => d.Value), stage.TotalValue);
            Assert.Equal(Math.Round(inStage.Sum(d => d.Value * d.Probability) / 100m, 2), stage.WeightedValue);
        }

        Assert.Equal(deals.Count(d => d.IsOpen), summary.OpenDealCount);
        Assert.Equal(deals.Count(d => d.WonAt >= since), summary.WonLast30DaysCount);
        Assert.Equal(deals.Where(d => d.WonAt >= since).Sum(d => d.Value), summary.WonLast30DaysValue);
        var window = clock.UtcNow.AddDays(-PipelineMath.ClosedWindowDays);
        var wonInWindow = deals.Where(d => d.WonAt >= window).ToList();
        Assert.Equal(wonInWindow.Count, summary.WonLast90DaysCount);
        Assert.Equal(deals.Count(d => d.LostAt >= window), summary.LostLast90DaysCount);
        Assert.Equal(PipelineMath.AverageDaysToClose(wonInWindow.Select(d => (d.CreatedAt, d.WonAt!.Value))),
            summary.AverageDaysToClose);
        Assert.Equal((await raw.Kpis.ToListAsync()).Count(k => circles.Contains(k.CircleId)), summary.KpiCount);
        Assert.Equal(circles.Count, summary.CircleCount);
        Assert.True(summary.OpenDealCount > 0);
    }

    [Fact]
    public async Task GetSummary_ForAUserInNoCircle_IsAllZeroesNotAnError()
    {
        var rep = await seeded.ScopeOfAsync("rep@dealdesk.demo");
        var stranger = TenantScope.ForUser(rep.WorkspaceId, Guid.NewGuid(), isWorkspaceAdmin: false);

        var summary = await new DashboardService(new FixedScopeContextFactory(seeded.Sqlite.Database, stranger),
            TimeProvider.System).GetSummaryAsync();

        Assert.Equal("Acme Sales", summary.WorkspaceName);
        Assert.All(summary.OpenStages, s => Assert.Equal(0, s.DealCount));
        Assert.Equal(0m, summary.OpenValue);
        Assert.Equal(0, summary.WonLast30DaysCount);
        Assert.Equal(0, summary.KpiCount);
        Assert.Equal(0m, summary.WeightedValue);
        Assert.Null(summary.WinRate);
        Assert.Null(summary.AverageDaysToClose);
    }

    [Fact]
    public async Task GetSummary_OnHandMadeDeals_GivesTheExpectedMetrics()
    {
        var lab = await HandMadeCircle.CreateAsync(seeded.Sqlite, "Metrics lab");
        await lab.AddDealAsync("Open A", 10_000m, "Qualified", createdDaysAgo: 20);
        await lab.AddDealAsync("Open B", 2_500m, "Proposal", createdDaysAgo: 5);
        await lab.AddDealAsync("Won recently", 4_000m, "Won", createdDaysAgo: 40, closedDaysAgo: 10);
        await lab.AddDealAsync("Won in window", 6_000m, "Won", createdDaysAgo: 100, closedDaysAgo: 60);
        await lab.AddDealAsync("Won long ago", 9_000m, "Won", createdDaysAgo: 300, closedDaysAgo: 200);
        await lab.AddDealAsync("Lost in window", 1_000m, "Lost", createdDaysAgo: 50, closedDaysAgo: 30);

        var summary = await new DashboardService(lab.Contexts, lab.Clock).GetSummaryAsync();

        var qualified = await lab.ProbabilityOfAsync("Qualified");
        var proposal = await lab.ProbabilityOfAsync("Proposal");
        Assert.Equal(2, summary.OpenDealCount);
        Assert.Equal(12_500m, summary.OpenValue);
        Assert.Equal((10_000m * qualified + 2_500m * proposal) / 100m, summary.WeightedValue);
        Assert.Equal((1, 4_000m), (summary.WonLast30DaysCount, summary.WonLast30DaysValue));
        Assert.Equal((2, 1), (summary.WonLast90DaysCount, summary.LostLast90DaysCount));
        Assert.Equal(2.0 / 3, summary.WinRate!.Value, 6);
        Assert.Equal((30.0 + 40.0) / 2, summary.AverageDaysToClose);
    }

    [Fact]
    public async Task GetSummary_WhenEveryClosedDealWasLost_HasAZeroWinRateAndNoDaysToClose()
    {
        var lab = await HandMadeCircle.CreateAsync(seeded.Sqlite, "All lost lab");
        await lab.AddDealAsync("Lost one", 1_000m, "Lost", createdDaysAgo: 50, closedDaysAgo: 30);
        await lab.AddDealAsync("Lost two", 2_000m, "Lost", createdDaysAgo: 20, closedDaysAgo: 5);

        var summary = await new DashboardService(lab.Contexts, lab.Clock).GetSummaryAsync();

        Assert.Equal(0.0, summary.WinRate);
        Assert.Null(summary.AverageDaysToClose);
        Assert.Equal((0, 2), (summary.WonLast90DaysCount, summary.LostLast90DaysCount));
        Assert.Equal(0, summary.OpenDealCount);
        Assert.Equal(0m, summary.WeightedValue);
    }
}
