using DealDesk.Core.Intelligence.Stakeholders;

namespace DealDesk.Tests.Core.Intelligence.Stakeholders;

/// <summary>Score precedence on a stakeholder: a heuristic never replaces a person's override; engagement.</summary>
public sealed class StakeholderScoringTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ApplyTitleHeuristic_OnANewPerson_TakesTheProposal()
    {
        var person = new Stakeholder(Guid.NewGuid(), "Dana", null, "VP Sales");

        Assert.True(person.ApplyTitleHeuristic());

        Assert.Equal((7, ScoreSource.Heuristic), (person.DecisionPower.Value, person.DecisionPower.Source));
    }

    [Fact]
    public void ApplyTitleHeuristic_AfterAnOverride_KeepsTheOverride_AndTakesTheRest()
    {
        var person = new Stakeholder(Guid.NewGuid(), "Dana", null, "Analyst");
        person.ApplyTitleHeuristic();
        var overridden = new StakeholderScore(3, ScoreSource.HumanOverride, "Met her: she defers to the CFO");
        person.Score(overridden, null, null);

        person.Describe("Dana", null, "Chief Operating Officer");
        person.ApplyTitleHeuristic();

        Assert.Equal(overridden, person.DecisionPower);
        Assert.Equal((9, ScoreSource.Heuristic), (person.InfluenceLevel.Value, person.InfluenceLevel.Source));
    }

    [Fact]
    public void Score_ByAConversationSignal_IsNotReplacedByAHeuristic_ButAnOverrideReplacesIt()
    {
        var person = new Stakeholder(Guid.NewGuid(), "Dana", null, null);
        person.Score(null, null, new StakeholderScore(8, ScoreSource.ConversationSignal, "Thanked us twice"));

        Assert.False(person.Score(null, null, new StakeholderScore(2, ScoreSource.Heuristic, "guess")));
        Assert.True(person.Score(null, null, new StakeholderScore(6, ScoreSource.HumanOverride, "Set by Rep")));

        Assert.Equal(6, person.RelationshipStrength.Value);
    }

    [Theory]
    [InlineData(5, null, true)]
    [InlineData(4, null, false)]
    [InlineData(4, 30, true)]
    [InlineData(4, 31, false)]
    public void IsEngaged_WithStrongRelationshipOrRecentInteraction(int relationship, int? daysAgo, bool engaged)
    {
        var person = new Stakeholder(Guid.NewGuid(), "Dana", null, null);
        person.Score(null, null, new StakeholderScore(relationship, ScoreSource.HumanOverride, "x"));
        if (daysAgo is { } days)
        {
            person.RecordInteraction(Now.AddDays(-days));
        }

        Assert.Equal(engaged, person.IsEngaged(Now));
    }
}
