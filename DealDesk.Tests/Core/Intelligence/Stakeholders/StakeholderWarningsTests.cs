using DealDesk.Core.Intelligence.Qualification;
using DealDesk.Core.Intelligence.Stakeholders;

namespace DealDesk.Tests.Core.Intelligence.Stakeholders;

/// <summary>The political map's warnings.</summary>
public sealed class StakeholderWarningsTests
{
    [Fact]
    public void Evaluate_AnEmptyMap_LacksChampionBuyerAndThreads()
    {
        var kinds = StakeholderWarnings.Evaluate([]).Select(w => w.Kind);

        Assert.Equal([StakeholderWarningKind.NoChampion, StakeholderWarningKind.NoEconomicBuyer,
            StakeholderWarningKind.SingleThreaded], kinds);
    }

    [Fact]
    public void Evaluate_AChampionKnownToMeddpicc_IsNotMissing_ButAnUnknownEconomicBuyerIs()
    {
        ElementAssessment[] meddpicc =
        [
            new(MeddpiccElement.Champion, QualificationStatus.Confirmed, 8),
            new(MeddpiccElement.EconomicBuyer, QualificationStatus.Unknown, null),
        ];

        var kinds = StakeholderWarnings.Evaluate([], meddpicc).Select(w => w.Kind);

        Assert.Equal([StakeholderWarningKind.NoEconomicBuyer, StakeholderWarningKind.SingleThreaded], kinds);
    }

    [Fact]
    public void Evaluate_AHealthyMap_HasNoWarning()
    {
        var map = new[]
        {
            Card("Buyer", StakeholderRoles.DecisionMaker, influence: 9, engaged: true),
            Card("Friend", StakeholderRoles.Champion | StakeholderRoles.Influencer, influence: 6, engaged: true),
            Card("Critic", StakeholderRoles.Blocker, influence: 6, engaged: false),
        };

        Assert.Empty(StakeholderWarnings.Evaluate(map));
    }

    [Fact]
    public void Evaluate_OneEngagedPerson_IsSingleThreaded()
    {
        var map = new[]
        {
            Card("Buyer", StakeholderRoles.DecisionMaker | StakeholderRoles.Champion, influence: 9, engaged: true),
            Card("Other", StakeholderRoles.User, influence: 2, engaged: false),
        };

        var warning = Assert.Single(StakeholderWarnings.Evaluate(map));
        Assert.Equal(StakeholderWarningKind.SingleThreaded, warning.Kind);
    }

    [Theory]
    [InlineData(7, true)]
    [InlineData(6, false)]
    public void Evaluate_ABlockerWithHighInfluence_IsNamed(int influence, bool warned)
    {
        var map = new[]
        {
            Card("Buyer", StakeholderRoles.DecisionMaker | StakeholderRoles.Champion, influence: 9, engaged: true),
            Card("Ann Block", StakeholderRoles.Blocker | StakeholderRoles.Gatekeeper, influence, engaged: true),
        };

        var warnings = StakeholderWarnings.Evaluate(map);

        Assert.Equal(warned, warnings.Any(w => w.Kind == StakeholderWarningKind.InfluentialBlocker
            && w.Message.Contains("Ann Block", StringComparison.Ordinal)));
    }

    internal static StakeholderCard Card(string name, StakeholderRoles roles, int influence, bool engaged,
        int power = 5, int relationship = 5) =>
        new(Guid.NewGuid(), name, null, null, roles,
            new StakeholderScore(power, ScoreSource.Heuristic, "title"),
            new StakeholderScore(influence, ScoreSource.Heuristic, "title"),
            new StakeholderScore(relationship, ScoreSource.HumanOverride, "met"),
            engaged, null, null, [1]);
}
