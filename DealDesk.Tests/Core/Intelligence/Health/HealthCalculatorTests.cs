using DealDesk.Core.Intelligence.Health;
using DealDesk.Core.Intelligence.Qualification;
using DealDesk.Core.Intelligence.Stakeholders;

namespace DealDesk.Tests.Core.Intelligence.Health;

public sealed class HealthCalculatorTests
{
    // A deal in mid-flight: 42 days in Proposal (norm 30), last touched 20 days ago, close date ahead, MEDDPICC half
    // known, a champion but no economic buyer, two engaged contacts and one overdue task.
    private static readonly HealthFacts Typical = new()
    {
        StageName = "Proposal",
        DaysInStage = 42,
        StageNormDays = 30,
        DaysSinceLastActivity = 20,
        DaysPastCloseDate = 0,
        QualificationScore = 50,
        Champion = KeyPerson.Champion([], championOnMap: true),
        EconomicBuyer = KeyPerson.EconomicBuyer([], decisionMakerOnMap: false),
        EngagedStakeholders = 2,
        OverdueTasks = 1,
    };

    private static HealthFactor Factor(HealthFacts facts, string name) =>
        HealthCalculator.Calculate(facts)!.Factors.Single(f => f.Name == name);

    [Fact]
    public void Calculate_ATypicalDeal_AddsEveryFactorToTheBase()
    {
        var result = HealthCalculator.Calculate(Typical)!;

        // 60 − 12 (stage) + 0 (activity) + 0 (close) + 5 (MEDDPICC) + 5 (champion) − 5 (buyer) + 0 (two engaged) − 5 (task)
        Assert.Equal(48, result.Score);
        Assert.Equal(HealthBand.AtRisk, result.Band);
        Assert.Equal(result.Score, HealthCalculator.BaseScore + result.Factors.Sum(f => f.Points));
        Assert.Contains(result.Factors, f => f.Sentence == "42 days in Proposal, norm 30: −12");
        Assert.Contains(result.Factors, f => f.Sentence == "1 overdue task: −5");
    }

    [Theory]
    [InlineData(0, 30, 10)]
    [InlineData(30, 30, 10)]
    [InlineData(31, 30, -1)]
    [InlineData(42, 30, -12)]
    [InlineData(100, 30, -25)]
    [InlineData(3, 2, -1)]
    public void TimeInStage_IsAPlusWithinTheNorm_AndOnePointADayBeyondIt(int days, int norm, int expected)
    {
        Assert.Equal(expected, Factor(Typical with { DaysInStage = days, StageNormDays = norm }, "Time in stage").Points);
    }

    [Fact]
    public void TimeInStage_WithoutAStageLimit_UsesTheDefaultNorm()
    {
        var factor = Factor(Typical with { DaysInStage = 45, StageNormDays = null }, "Time in stage");

        Assert.Equal((-15, "45 days in Proposal, norm 30: −15"), (factor.Points, factor.Sentence));
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(7, 10)]
    [InlineData(8, 5)]
    [InlineData(14, 5)]
    [InlineData(15, 0)]
    [InlineData(30, 0)]
    [InlineData(31, -5)]
    [InlineData(33, -6)]
    [InlineData(300, -20)]
    public void LastActivity_RewardsRecentWork_AndPenalisesSilence(int days, int expected)
    {
        Assert.Equal(expected, Factor(Typical with { DaysSinceLastActivity = days }, "Last activity").Points);
    }

    [Fact]
    public void LastActivity_WhenThereWasNeverAny_Costs15()
    {
        var factor = Factor(Typical with { DaysSinceLastActivity = null }, "Last activity");

        Assert.Equal((-15, "No activity recorded yet: −15"), (factor.Points, factor.Sentence));
    }

    [Theory]
    [InlineData(null, -5)]
    [InlineData(0, 0)]
    [InlineData(1, -15)]
    [InlineData(90, -15)]
    public void CloseDate_MissingOrPassed_Costs(int? daysPast, int expected)
    {
        Assert.Equal(expected, Factor(Typical with { DaysPastCloseDate = daysPast }, "Close date").Points);
    }

    [Theory]
    [InlineData(1, -4)]
    [InlineData(3, -12)]
    [InlineData(7, -12)]
    public void CloseDatePushes_Cost4Each_UpTo12(int pushes, int expected)
    {
        Assert.Equal(expected, Factor(Typical with { CloseDatePushCount = pushes }, "Close date pushed").Points);
    }

    [Fact]
    public void CloseDatePushes_WhenNone_AreNotAFactor()
    {
        Assert.DoesNotContain(HealthCalculator.Calculate(Typical)!.Factors, f => f.Name == "Close date pushed");
    }

    [Theory]
    [InlineData(0, -5)]
    [InlineData(25, 0)]
    [InlineData(63, 8)]
    [InlineData(100, 15)]
    public void Meddpicc_ScalesFromMinus5To15(int qualification, int expected)
    {
        Assert.Equal(expected, Factor(Typical with { QualificationScore = qualification }, "MEDDPICC").Points);
    }

    [Theory]
    [InlineData(0, -10)]
    [InlineData(1, -10)]
    [InlineData(2, 0)]
    [InlineData(3, 5)]
    [InlineData(9, 5)]
    public void StakeholderCoverage_PenalisesSingleThreadedDeals(int engaged, int expected)
    {
        Assert.Equal(expected, Factor(Typical with { EngagedStakeholders = engaged }, "Stakeholder coverage").Points);
    }

    [Fact]
    public void StakeholderCoverage_WithOneContact_SaysSingleThreaded()
    {
        Assert.Equal("Single-threaded: 1 engaged contact: −10",
            Factor(Typical with { EngagedStakeholders = 1 }, "Stakeholder coverage").Sentence);
    }

    [Fact]
    public void ChampionAndEconomicBuyer_Count5EachWay()
    {
        var both = Typical with { Champion = KeyPerson.Champion([], championOnMap: true), EconomicBuyer = KeyPerson.EconomicBuyer([], decisionMakerOnMap: true) };
        var neither = Typical with { Champion = KeyPerson.Champion([], championOnMap: false), EconomicBuyer = KeyPerson.EconomicBuyer([], decisionMakerOnMap: false) };

        Assert.Equal((5, 5), (Factor(both, "Champion").Points, Factor(both, "Economic buyer").Points));
        Assert.Equal((-5, -5), (Factor(neither, "Champion").Points, Factor(neither, "Economic buyer").Points));
        Assert.Equal(20, HealthCalculator.Calculate(both)!.Score - HealthCalculator.Calculate(neither)!.Score);
    }

    [Fact]
    public void ChampionConfirmedInMeddpicc_IsIdentified_EvenWithNobodyOnTheMap()
    {
        var facts = Typical with
        {
            Champion = KeyPerson.Champion(
                [new ElementAssessment(MeddpiccElement.Champion, QualificationStatus.Confirmed, 8)], championOnMap: false),
        };

        var factor = Factor(facts, "Champion");

        Assert.Equal(5, factor.Points);
        Assert.Equal("Champion identified (MEDDPICC Confirmed, nobody on the map): +5", factor.Sentence);
        Assert.DoesNotContain("No champion", factor.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void EconomicBuyerUnknownInMeddpicc_AndNoDecisionMakerOnTheMap_IsNotIdentified()
    {
        // A scored-but-unknown element, or other elements confirmed, do not make the economic buyer known.
        var facts = Typical with
        {
            EconomicBuyer = KeyPerson.EconomicBuyer(
                [
                    new ElementAssessment(MeddpiccElement.EconomicBuyer, QualificationStatus.Unknown, null),
                    new ElementAssessment(MeddpiccElement.Champion, QualificationStatus.Confirmed, null),
                ], decisionMakerOnMap: false),
        };

        var factor = Factor(facts, "Economic buyer");

        Assert.Equal(-5, factor.Points);
        Assert.Equal("No economic buyer identified (MEDDPICC Unknown, nobody on the map): −5", factor.Sentence);
    }

    [Theory]
    [InlineData(QualificationStatus.Unknown, false, false)]
    [InlineData(QualificationStatus.Partial, false, true)]
    [InlineData(QualificationStatus.Confirmed, false, true)]
    [InlineData(QualificationStatus.Unknown, true, true)]
    public void KeyPerson_IsIdentifiedByMeddpiccPartialOrConfirmed_OrByTheMap(QualificationStatus status, bool onMap,
        bool identified)
    {
        var person = KeyPerson.EconomicBuyer([new ElementAssessment(MeddpiccElement.EconomicBuyer, status, null)], onMap);

        Assert.Equal(identified, person.Identified);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, -10)]
    [InlineData(5, -15)]
    public void OverdueTasks_Cost5Each_UpTo15(int overdue, int expected)
    {
        var factors = HealthCalculator.Calculate(Typical with { OverdueTasks = overdue })!.Factors;

        Assert.Equal(expected, factors.Where(f => f.Name == "Overdue tasks").Sum(f => f.Points));
    }

    [Fact]
    public void Calculate_ADealWithEverythingRight_IsCappedAt100()
    {
        var best = new HealthFacts
        {
            StageName = "Qualified", DaysInStage = 2, StageNormDays = 14, DaysSinceLastActivity = 1,
            DaysPastCloseDate = 0, QualificationScore = 100, Champion = KeyPerson.Champion([], championOnMap: true), EconomicBuyer = KeyPerson.EconomicBuyer([], decisionMakerOnMap: true),
            EngagedStakeholders = 4,
        };

        Assert.Equal(100, HealthCalculator.Calculate(best)!.Score);
    }

    [Fact]
    public void Calculate_ADealWithNothingDone_IsFlooredAt0()
    {
        var worst = new HealthFacts
        {
            StageName = "Proposal", DaysInStage = 400, StageNormDays = 30, DaysSinceLastActivity = null,
            DaysPastCloseDate = 100, CloseDatePushCount = 5, QualificationScore = 0, OverdueTasks = 6,
        };

        Assert.Equal(0, HealthCalculator.Calculate(worst)!.Score);
    }

    [Fact]
    public void Calculate_AClosedDeal_IsNotRescored()
    {
        Assert.Null(HealthCalculator.Calculate(Typical with { IsOpen = false }, previousScore: 55));
    }

    [Theory]
    [InlineData(50, null, HealthTrend.Stable, HealthTrend.Stable)]
    [InlineData(54, 50, HealthTrend.Stable, HealthTrend.Improving)]
    [InlineData(53, 50, HealthTrend.Declining, HealthTrend.Stable)]
    [InlineData(47, 50, HealthTrend.Improving, HealthTrend.Stable)]
    [InlineData(46, 50, HealthTrend.Stable, HealthTrend.Declining)]
    [InlineData(50, 50, HealthTrend.Improving, HealthTrend.Improving)]
    public void TrendOf_HasADeadBandOf3_AndKeepsTheTrendWhenNothingMoved(int score, int? previous,
        HealthTrend previousTrend, HealthTrend expected)
    {
        Assert.Equal(expected, HealthCalculator.TrendOf(score, previous, previousTrend));
    }

    [Theory]
    [InlineData(0, HealthBand.Critical)]
    [InlineData(39, HealthBand.Critical)]
    [InlineData(40, HealthBand.AtRisk)]
    [InlineData(69, HealthBand.AtRisk)]
    [InlineData(70, HealthBand.Healthy)]
    [InlineData(100, HealthBand.Healthy)]
    public void Bands_SplitAt40And70(int score, HealthBand expected)
    {
        Assert.Equal(expected, HealthBands.Of(score));
        var (min, max) = HealthBands.Range(expected);
        Assert.InRange(score, min, max);
    }
}
