using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Seeding;

/// <summary>The demo data's political maps and plans: every warning shows on some account, one override stands, and a
/// couple of deals have a plan saved twice.</summary>
public sealed class DemoStakeholderSeedTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task DemoMaps_ShowEveryWarningOnSomeAccount_AndOneOverride()
    {
        await using var db = seeded.Sqlite.For(await seeded.WorkspaceScopeAsync("Acme Sales"));
        var now = DateTime.UtcNow;
        var people = await db.Stakeholders.AsNoTracking().ToListAsync();

        var warnings = people.GroupBy(p => p.AccountId)
            .SelectMany(g => StakeholderWarnings.Evaluate(g.Select(p => StakeholderCard.Of(p, now)).ToList()))
            .Select(w => w.Kind).ToHashSet();

        Assert.Equal(Enum.GetValues<StakeholderWarningKind>().ToHashSet(), warnings);
        Assert.Contains(people, p => p.DecisionPower.Source == ScoreSource.HumanOverride);
        Assert.Contains(people, p => p.DecisionPower.Source == ScoreSource.Heuristic);
        Assert.Contains(people.GroupBy(p => p.AccountId),
            g => StakeholderWarnings.Evaluate(g.Select(p => StakeholderCard.Of(p, now)).ToList()).Count == 0);
    }

    [Fact]
    public async Task DemoPlans_TwoDealsHaveTwoVersions()
    {
        await using var db = seeded.Sqlite.For(await seeded.WorkspaceScopeAsync("Acme Sales"));

        var versions = await db.OpportunityPlanVersions.GroupBy(v => v.DealId)
            .Select(g => g.Max(v => v.Number)).ToListAsync();

        Assert.Equal([2, 2], versions);
    }
}
