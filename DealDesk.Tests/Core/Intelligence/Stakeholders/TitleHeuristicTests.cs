using DealDesk.Core.Intelligence.Stakeholders;

namespace DealDesk.Tests.Core.Intelligence.Stakeholders;

/// <summary>The title heuristic: seniority read from the title, scores proposed with a sentence of evidence.</summary>
public sealed class TitleHeuristicTests
{
    [Theory]
    [InlineData("CEO", TitleSeniority.Executive, 9)]
    [InlineData("Chief Revenue Officer", TitleSeniority.Executive, 9)]
    [InlineData("Co-Founder", TitleSeniority.Executive, 9)]
    [InlineData("President", TitleSeniority.Executive, 9)]
    [InlineData("VP Sales", TitleSeniority.Senior, 7)]
    [InlineData("Vice President, Engineering", TitleSeniority.Senior, 7)]
    [InlineData("Head of Procurement", TitleSeniority.Senior, 7)]
    [InlineData("IT Director", TitleSeniority.Senior, 7)]
    [InlineData("Engineering Manager", TitleSeniority.Manager, 4)]
    [InlineData("Team Lead", TitleSeniority.Manager, 4)]
    [InlineData("Data Analyst", TitleSeniority.Individual, 2)]
    [InlineData("Cook", TitleSeniority.Individual, 2)]
    public void Propose_ReadsSeniorityFromTheTitle(string title, TitleSeniority seniority, int decisionPower)
    {
        var proposal = TitleHeuristic.Propose(title)!;

        Assert.Equal(seniority, proposal.Seniority);
        Assert.Equal(decisionPower, proposal.DecisionPower.Value);
        Assert.All([proposal.DecisionPower, proposal.Influence, proposal.Relationship],
            s => Assert.Equal(ScoreSource.Heuristic, s.Source));
    }

    [Fact]
    public void Propose_ForAVp_SaysWhyInASentence()
    {
        var proposal = TitleHeuristic.Propose("VP Sales")!;

        Assert.Equal("VP title suggests high decision power", proposal.DecisionPower.Evidence);
        Assert.Equal("VP title suggests high influence", proposal.Influence.Evidence);
        Assert.Equal(TitleHeuristic.DefaultRelationship, proposal.Relationship.Value);
    }

    [Fact]
    public void Propose_RanksSeniorityStrictly()
    {
        var order = new[] { "CFO", "Director of Finance", "Finance Manager", "Accountant" }
            .Select(t => TitleHeuristic.Propose(t)!.DecisionPower.Value).ToList();

        Assert.Equal(order.OrderByDescending(v => v), order);
        Assert.Equal(order.Count, order.Distinct().Count());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Propose_WithoutATitle_ProposesNothing(string? title) => Assert.Null(TitleHeuristic.Propose(title));

    [Theory]
    [InlineData(464)]
    [InlineData(5_000)]
    [InlineData(40_000)]
    public void Propose_ForAnyTitleLength_BuildsEvidenceWithinItsLimit(int length)
    {
        var title = string.Concat(Enumerable.Repeat("Analyst ", length / 8 + 1))[..length];

        var proposal = TitleHeuristic.Propose(title)!;

        Assert.All([proposal.DecisionPower, proposal.Influence],
            s => Assert.InRange(s.Evidence!.Length, 1, StakeholderScore.EvidenceMaxLength));
        Assert.Contains("…", proposal.DecisionPower.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Propose_QuotesTheTitleOnOneLineWithoutHiddenCharacters()
    {
        var proposal = TitleHeuristic.Propose("Data\nAnalyst\u202E\0")!;

        Assert.Equal("“Data Analyst” title suggests low decision power", proposal.DecisionPower.Evidence);
    }
}
