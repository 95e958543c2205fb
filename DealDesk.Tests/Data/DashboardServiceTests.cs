using DealDesk.Core.Pipeline;
using DealDesk.Data.Services;
using DealDesk.Data.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data;

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
        }

        Assert.Equal(deals.Count(d => d.IsOpen), summary.OpenDealCount);
        Assert.Equal(deals.Count(d => d.WonAt >= since), summary.WonLast30DaysCount);
        Assert.Equal(deals.Where(d => d.WonAt >= since).Sum(d => d.Value), summary.WonLast30DaysValue);
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
    }
}
