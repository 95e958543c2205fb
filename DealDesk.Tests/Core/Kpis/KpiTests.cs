using DealDesk.Core.Common;
using DealDesk.Core.Kpis;

namespace DealDesk.Tests.Core.Kpis;

public sealed class KpiTests
{
    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static Kpi NewKpi(decimal value = 40_000m, decimal target = 50_000m) =>
        new(Guid.NewGuid(), "Monthly revenue", value, target, KpiUnit.Currency, Guid.NewGuid(), Start);

    [Fact]
    public void Constructor_RecordsFirstValueWithNeutralTrend()
    {
        var kpi = NewKpi();

        Assert.Equal(80m, kpi.PercentComplete);
        Assert.Equal(KpiTrend.Neutral, kpi.Trend);
        Assert.Equal(0m, kpi.PercentChange);
        var first = Assert.Single(kpi.History);
        Assert.Equal(40_000m, first.Value);
        Assert.Equal(50_000m, first.Target);
        Assert.Equal(80m, first.PercentComplete);
        Assert.Equal(Start, first.RecordedAt);
    }

    [Fact]
    public void RecordValue_Up_ComputesTrendChangeAndAppendsHistory()
    {
        var kpi = NewKpi();

        var entry = kpi.RecordValue(45_000m, Start.AddDays(1));

        Assert.Equal(45_000m, kpi.CurrentValue);
        Assert.Equal(90m, kpi.PercentComplete);
        Assert.Equal(KpiTrend.Up, kpi.Trend);
        Assert.Equal(12.5m, kpi.PercentChange);
        Assert.Equal(2, kpi.History.Count);
        Assert.Equal(45_000m, entry.Value);
        Assert.Equal(90m, entry.PercentComplete);
    }

    [Fact]
    public void RecordValue_Down_IsNegativeChange()
    {
        var kpi = NewKpi();

        kpi.RecordValue(30_000m, Start.AddDays(1));

        Assert.Equal(KpiTrend.Down, kpi.Trend);
        Assert.Equal(-25m, kpi.PercentChange);
    }

    [Fact]
    public void RecordValue_Unchanged_IsNeutralButStillRecorded()
    {
        var kpi = NewKpi();

        kpi.RecordValue(40_000m, Start.AddDays(1));

        Assert.Equal(KpiTrend.Neutral, kpi.Trend);
        Assert.Equal(0m, kpi.PercentChange);
        Assert.Equal(2, kpi.History.Count);
    }

    [Fact]
    public void RecordValue_WithZeroTargetAndZeroPrevious_GivesDefinedResults()
    {
        var kpi = NewKpi(value: 0m, target: 0m);

        kpi.RecordValue(12m, Start.AddDays(1));

        Assert.Equal(0m, kpi.PercentComplete);
        Assert.Equal(KpiTrend.Up, kpi.Trend);
        Assert.Equal(100m, kpi.PercentChange);
    }

    [Fact]
    public void RecordValue_BeyondColumnRange_IsRefusedAndChangesNothing()
    {
        var kpi = NewKpi();

        Assert.Throws<DomainException>(() => kpi.RecordValue(Kpi.MaxMagnitude + 1, Start.AddDays(1)));
        Assert.Equal(40_000m, kpi.CurrentValue);
        Assert.Single(kpi.History);
    }
}
