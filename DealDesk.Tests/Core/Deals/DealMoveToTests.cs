using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Data.Intelligence.Health;
using DealDesk.Tests.Support;

namespace DealDesk.Tests.Core.Deals;

public sealed class DealMoveToTests
{
    private static readonly DateTime Created = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Rep = Guid.NewGuid();
    private readonly TestStages _stages = new();

    private Deal NewDeal() =>
        new("Acme – 200 seats", Guid.NewGuid(), Guid.NewGuid(), _stages["New"], Rep, Created, 12_500m);

    [Fact]
    public void Constructor_RecordsEntryIntoFirstStage()
    {
        var deal = NewDeal();

        var entry = Assert.Single(deal.StageHistory);
        Assert.Null(entry.FromStageId);
        Assert.Equal(_stages["New"].Id, entry.ToStageId);
        Assert.Equal(Created, entry.MovedAt);
        Assert.Null(entry.TimeInPreviousStage);
        Assert.Equal(10, deal.Probability);
        Assert.True(deal.IsOpen);
    }

    [Fact]
    public void MoveTo_OpenStage_WritesHistoryWithTimeSpentAndTakesStageProbability()
    {
        var deal = NewDeal();
        var at = Created.AddDays(3);

        var entry = deal.MoveTo(_stages["Proposal"], Rep, at);

        Assert.NotNull(entry);
        Assert.Equal(_stages["New"].Id, entry.FromStageId);
        Assert.Equal(_stages["Proposal"].Id, entry.ToStageId);
        Assert.Equal(Rep, entry.MovedBy);
        Assert.Equal(TimeSpan.FromDays(3), entry.TimeInPreviousStage);
        Assert.Equal(_stages["Proposal"].Id, deal.StageId);
        Assert.Equal(at, deal.StageEnteredAt);
        Assert.Equal(60, deal.Probability);
        Assert.Equal(2, deal.StageHistory.Count);
    }

    [Fact]
    public void MoveTo_WonStage_SetsWonAtAndFullProbability()
    {
        var deal = NewDeal();
        var at = Created.AddDays(10);

        deal.MoveTo(_stages["Won"], Rep, at);

        Assert.Equal(at, deal.WonAt);
        Assert.Null(deal.LostAt);
        Assert.Equal(100, deal.Probability);
        Assert.False(deal.IsOpen);
    }

    [Fact]
    public void MoveTo_LostStage_SetsLostAtReasonAndZeroProbability()
    {
        var deal = NewDeal();
        var at = Created.AddDays(5);

        deal.MoveTo(_stages["Lost"], Rep, at, "  Chose a competitor ");

        Assert.Equal(at, deal.LostAt);
        Assert.Null(deal.WonAt);
        Assert.Equal("Chose a competitor", deal.LostReason);
        Assert.Equal(0, deal.Probability);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void MoveTo_LostStageWithoutReason_IsRefusedAndChangesNothing(string? reason)
    {
        var deal = NewDeal();

        var error = Assert.Throws<DomainException>(() => deal.MoveTo(_stages["Lost"], Rep, Created.AddDays(1), reason));

        Assert.Contains("Lost reason", error.Message);
        Assert.Equal(_stages["New"].Id, deal.StageId);
        Assert.Null(deal.LostAt);
        Assert.Single(deal.StageHistory);
    }

    [Fact]
    public void MoveTo_ReopeningAWonDeal_ClearsWonAtAndTakesOpenProbability()
    {
        var deal = NewDeal();
        deal.MoveTo(_stages["Won"], Rep, Created.AddDays(2));

        deal.MoveTo(_stages["Negotiation"], Rep, Created.AddDays(4));

        Assert.Null(deal.WonAt);
        Assert.Null(deal.LostAt);
        Assert.Equal(80, deal.Probability);
        Assert.True(deal.IsOpen);
    }

    [Fact]
    public void MoveTo_ReopeningALostDeal_ClearsLostAtAndReason()
    {
        var deal = NewDeal();
        deal.MoveTo(_stages["Lost"], Rep, Created.AddDays(2), "No budget");

        deal.MoveTo(_stages["Qualified"], Rep, Created.AddDays(40));

        Assert.Null(deal.LostAt);
        Assert.Null(deal.LostReason);
        Assert.Equal(TimeSpan.FromDays(38), deal.StageHistory[^1].TimeInPreviousStage);
    }

    [Fact]
    public void MoveTo_LostThenWon_ClearsLostAndSetsWon()
    {
        var deal = NewDeal();
        deal.MoveTo(_stages["Lost"], Rep, Created.AddDays(2), "No budget");

        deal.MoveTo(_stages["Won"], Rep, Created.AddDays(9));

        Assert.Equal(Created.AddDays(9), deal.WonAt);
        Assert.Null(deal.LostAt);
        Assert.Null(deal.LostReason);
    }

    [Fact]
    public void MoveTo_SameStage_IsANoOp()
    {
        var deal = NewDeal();

        var entry = deal.MoveTo(_stages["New"], Rep, Created.AddDays(1));

        Assert.Null(entry);
        Assert.Single(deal.StageHistory);
        Assert.Equal(Created, deal.StageEnteredAt);
    }

    [Fact]
    public void MoveTo_DatedBeforeCurrentStageEntry_IsRefused()
    {
        var deal = NewDeal();

        Assert.Throws<DomainException>(() => deal.MoveTo(_stages["Contacted"], Rep, Created.AddMinutes(-1)));
        Assert.Single(deal.StageHistory);
    }

    [Fact]
    public void Constructor_RejectsBlankNameNegativeValueAndBadCurrency()
    {
        Assert.Throws<DomainException>(() => new Deal(" ", Guid.NewGuid(), Guid.NewGuid(), _stages["New"], Rep, Created));
        Assert.Throws<DomainException>(() =>
            new Deal("X", Guid.NewGuid(), Guid.NewGuid(), _stages["New"], Rep, Created, value: -1m));
        Assert.Throws<DomainException>(() =>
            new Deal("X", Guid.NewGuid(), Guid.NewGuid(), _stages["New"], Rep, Created, currency: "dollars"));
    }

    [Fact]
    public void SetValue_RoundsToCentsAndUppercasesCurrency()
    {
        var deal = NewDeal();

        deal.SetValue(1234.565m, "eur");

        Assert.Equal(1234.57m, deal.Value);
        Assert.Equal("EUR", deal.Currency);
    }

    [Theory]
    [InlineData("Won")]
    [InlineData("Lost")]
    public void MoveTo_AClosedStage_EndsHealthScoringInTheSameChange(string closed)
    {
        var deal = NewDeal();
        deal.RecordHealth(new DealDesk.Core.Intelligence.Health.HealthResult(93, DealDesk.Core.Intelligence.Health.HealthTrend.Improving, []),
            Created.AddDays(1));
        var at = Created.AddDays(2);

        deal.MoveTo(_stages[closed], Rep, at, "Chose a competitor");

        Assert.Null(deal.HealthScore);
        Assert.Null(deal.HealthCalculatedAt);
        Assert.Equal(new DealOutcome(closed == "Won", at), deal.Outcome);
        Assert.Equal($"{closed} 3 Mar 2026", deal.Outcome!.Value.Text);
        Assert.Throws<DomainException>(() =>
            deal.RecordHealth(new DealDesk.Core.Intelligence.Health.HealthResult(50, default, []), at.AddDays(1)));
    }
}
