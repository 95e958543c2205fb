using Bunit;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Data.Intelligence.Health;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Deals.Detail.Intelligence;
using DealDesk.Web.Components.Shared;

namespace DealDesk.Tests.Web.Intelligence;

public sealed class HealthBreakdownTests : MudComponentTest
{
    private static readonly HealthResult Calculated = HealthCalculator.Calculate(new HealthFacts
    {
        StageName = "Proposal", DaysInStage = 42, StageNormDays = 30, DaysSinceLastActivity = 3, DaysPastCloseDate = 0,
        QualificationScore = 50, Champion = KeyPerson.Champion([], championOnMap: true), EngagedStakeholders = 2, OverdueTasks = 1,
    }, previousScore: 40)!;

    private static HealthView View(HealthResult result) =>
        new(result.Score, result.Trend, new DateTime(2026, 11, 20, 9, 30, 0, DateTimeKind.Utc), result.Factors, []);

    [Fact]
    public void ScoreCard_ShowsTheScoreBandTrend_AndEveryFactorWithItsPointsAndSentence()
    {
        var cut = Render<HealthScoreCard>(p => p.Add(c => c.Health, View(Calculated)));

        // 60 − 12 + 10 + 0 + 5 + 5 − 5 + 0 − 5
        Assert.Equal(58, Calculated.Score);
        Assert.Equal("58", cut.Find("[data-testid=health-score]").TextContent.Trim());
        Assert.Equal("At risk", cut.Find("[data-testid=health-band]").TextContent.Trim());
        Assert.Equal(nameof(HealthTrend.Improving), cut.Find("[data-testid=health-trend]").GetAttribute("data-trend"));
        var rows = cut.FindAll("[data-testid=health-factor]");
        Assert.Equal(Calculated.Factors.Select(f => f.Name), rows.Select(r => r.GetAttribute("data-factor")));
        Assert.Equal(["−12", "+10", "±0", "+5", "+5", "−5", "±0", "−5"],
            cut.FindAll("[data-testid=factor-points]").Select(p => p.TextContent.Trim()));
        Assert.Contains("42 days in Proposal, norm 30: −12",
            cut.FindAll("[data-testid=factor-sentence]").Select(s => s.TextContent.Trim()));
    }

    [Fact]
    public void ScoreCard_ForADealNotScoredYet_SaysSo()
    {
        var cut = Render<HealthScoreCard>(p => p.Add(c => c.Health, new HealthView(null, HealthTrend.Stable, null, [], [])));

        Assert.Empty(cut.FindAll("[data-testid=health-score]"));
        Assert.Contains("Not scored yet", cut.Find("[data-testid=health-not-scored]").TextContent);
    }

    [Theory]
    [InlineData(39, "mud-chip-color-error")]
    [InlineData(40, "mud-chip-color-warning")]
    [InlineData(69, "mud-chip-color-warning")]
    [InlineData(70, "mud-chip-color-success")]
    public void Badge_TakesTheColourOfTheBand(int score, string colourClass)
    {
        var cut = Render<HealthBadge>(p => p.Add(c => c.Score, score).Add(c => c.Trend, HealthTrend.Declining));

        var badge = cut.Find("[data-testid=health-badge]");
        Assert.Equal(score.ToString(System.Globalization.CultureInfo.InvariantCulture), badge.TextContent.Trim());
        Assert.Contains(colourClass, badge.ClassName);
        Assert.Equal(nameof(HealthTrend.Declining), badge.GetAttribute("data-trend"));
    }

    [Fact]
    public void Badge_WithoutAScore_ShowsADash()
    {
        var cut = Render<HealthBadge>(p => p.Add(c => c.Score, null));

        Assert.Equal("—", cut.Find("[data-testid=health-badge]").TextContent.Trim());
    }

    [Fact]
    public void ScoreCard_OfAWonDeal_ShowsTheOutcome_AndNoFactors()
    {
        var wonAt = new DateTime(2027, 1, 5, 9, 0, 0, DateTimeKind.Utc);
        var cut = Render<HealthScoreCard>(p => p.Add(c => c.Health, View(Calculated))
            .Add(c => c.Outcome, new DealDesk.Core.Deals.DealOutcome(true, wonAt)));

        Assert.Equal("Won", cut.Find("[data-testid=health-closed]").GetAttribute("data-outcome"));
        Assert.Contains("Won 5 Jan 2027", cut.Find("[data-testid=health-closed]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=health-factor]"));
        Assert.Empty(cut.FindAll("[data-testid=health-score]"));
    }
}
