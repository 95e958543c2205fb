using DealDesk.Core.Common;
using DealDesk.Core.Kpis;

namespace DealDesk.Tests.Core.Kpis;

/// <summary>Redefining a KPI and its daily snapshot: what becomes a history entry and what does not.</summary>
public sealed class KpiDefinitionTests
{
    private static readonly DateTime Start = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    private static Kpi NewKpi() => new(Guid.NewGuid(), "Win rate", 20m, 40m, KpiUnit.Percentage, null, Start);

    [Fact]
    public void Redefine_WithANewTarget_RecomputesProgress_KeepsValueAndTrend_AndRecordsIt()
    {
        var kpi = NewKpi();
        kpi.RecordValue(30m, Start.AddDays(1));

        var entry = kpi.Redefine(" Win rate (Q3) ", 60m, KpiUnit.None, KpiDirection.HigherIsBetter, Start.AddDays(2));

        Assert.NotNull(entry);
        Assert.Equal(("Win rate (Q3)", KpiUnit.None, 30m, 60m, 50m), (kpi.Name, kpi.Unit, kpi.CurrentValue, kpi.Target, kpi.PercentComplete));
        Assert.Equal((KpiTrend.Up, 50m), (kpi.Trend, kpi.PercentChange));
        Assert.Equal((KpiHistoryKind.TargetChanged, 30m, 60m, 50m, Start.AddDays(2)),
            (entry.Kind, entry.Value, entry.Target, entry.PercentComplete, entry.RecordedAt));
        Assert.Equal(3, kpi.History.Count);
    }

    [Fact]
    public void Redefine_WithTheSameTarget_IsNoDataPoint()
    {
        var kpi = NewKpi();

        Assert.Null(kpi.Redefine("Renamed", 40m, KpiUnit.Days, KpiDirection.HigherIsBetter, Start.AddDays(1)));
        Assert.Equal(("Renamed", KpiUnit.Days), (kpi.Name, kpi.Unit));
        Assert.Single(kpi.History);
    }

    [Fact]
    public void Redefine_ToAZeroTarget_GivesZeroProgress()
    {
        var kpi = NewKpi();

        kpi.Redefine("Win rate", 0m, KpiUnit.Percentage, KpiDirection.HigherIsBetter, Start.AddDays(1));

        Assert.Equal(0m, kpi.PercentComplete);
    }

    [Fact]
    public void Redefine_WithAnEmptyName_IsRefused()
    {
        var kpi = NewKpi();

        Assert.Throws<DomainException>(() => kpi.Redefine("  ", 50m, KpiUnit.None, KpiDirection.HigherIsBetter, Start.AddDays(1)));
        Assert.Equal("Win rate", kpi.Name);
    }

    [Fact]
    public void RecordSnapshot_RecordsTheCurrentFiguresForTheDay_WithoutChangingTheKpi()
    {
        var kpi = NewKpi();
        kpi.RecordValue(25m, Start.AddHours(2));
        var day = DateOnly.FromDateTime(Start);

        var snapshot = kpi.RecordSnapshot(day, Start.AddHours(20));

        Assert.Equal((KpiHistoryKind.DailySnapshot, day, 25m, 40m, 62.5m, Start.AddHours(20)),
            (snapshot.Kind, snapshot.SnapshotDate, snapshot.Value, snapshot.Target, snapshot.PercentComplete, snapshot.RecordedAt));
        Assert.Equal((25m, KpiTrend.Up, 25m), (kpi.CurrentValue, kpi.Trend, kpi.PercentChange));
        Assert.Equal(kpi.Id, snapshot.KpiId);
    }
}
