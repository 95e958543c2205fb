using DealDesk.Core.Kpis;

namespace DealDesk.Tests.Core.Kpis;

public sealed class KpiMathTests
{
    [Theory]
    [InlineData(45_000, 50_000, 90)]
    [InlineData(1, 3, 33.33)]
    [InlineData(2, 3, 66.67)]
    [InlineData(75, 50, 150)]
    [InlineData(0, 50, 0)]
    [InlineData(-10, 50, -20)]
    public void PercentComplete_IsValueOverTargetTimes100RoundedToCents(double value, double target, double expected) =>
        Assert.Equal((decimal)expected, KpiMath.PercentComplete((decimal)value, (decimal)target));

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(-10)]
    public void PercentComplete_WithZeroTarget_IsZero(double value) =>
        Assert.Equal(0m, KpiMath.PercentComplete((decimal)value, 0m));

    [Fact]
    public void PercentComplete_FarBeyondATinyTarget_IsClampedNotOverflowed() =>
        Assert.Equal(KpiMath.PercentageLimit, KpiMath.PercentComplete(1_000_000m, 0.01m));

    [Theory]
    [InlineData(40_000, 45_000, 12.5)]
    [InlineData(50, 25, -50)]
    [InlineData(-20, -10, 50)]
    [InlineData(3, 4, 33.33)]
    [InlineData(7, 7, 0)]
    public void PercentChange_IsRelativeToPreviousMagnitude(double previous, double value, double expected) =>
        Assert.Equal((decimal)expected, KpiMath.PercentChange((decimal)previous, (decimal)value));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 100)]
    [InlineData(-5, -100)]
    public void PercentChange_FromZero_IsZeroOrPlusMinus100(double value, double expected) =>
        Assert.Equal((decimal)expected, KpiMath.PercentChange(0m, (decimal)value));

    [Theory]
    [InlineData(1, 2, KpiTrend.Up)]
    [InlineData(2, 1, KpiTrend.Down)]
    [InlineData(2, 2, KpiTrend.Neutral)]
    [InlineData(0, 0, KpiTrend.Neutral)]
    public void Trend_ComparesWithPreviousValue(double previous, double value, KpiTrend expected) =>
        Assert.Equal(expected, KpiMath.Trend((decimal)previous, (decimal)value));

    [Theory]
    [InlineData(3.68, 4, 108.7)]
    [InlineData(4, 4, 100)]
    [InlineData(8, 4, 50)]
    [InlineData(0, 4, 100)]
    [InlineData(0, -1, 0)]
    public void PercentComplete_LowerIsBetter_IsTargetOverValue(double value, double target, double expected) =>
        Assert.Equal((decimal)expected,
            KpiMath.PercentComplete((decimal)value, (decimal)target, KpiDirection.LowerIsBetter));

    [Theory]
    [InlineData(3.68, 4, KpiDirection.LowerIsBetter, true)]
    [InlineData(4.5, 4, KpiDirection.LowerIsBetter, false)]
    [InlineData(3.68, 4, KpiDirection.HigherIsBetter, false)]
    [InlineData(4, 4, KpiDirection.HigherIsBetter, true)]
    public void IsOnTarget_FollowsTheDirection(double value, double target, KpiDirection direction, bool onTarget) =>
        Assert.Equal(onTarget, KpiMath.IsOnTarget((decimal)value, (decimal)target, direction));

    [Theory]
    [InlineData(KpiTrend.Up, KpiDirection.HigherIsBetter, true)]
    [InlineData(KpiTrend.Up, KpiDirection.LowerIsBetter, false)]
    [InlineData(KpiTrend.Down, KpiDirection.LowerIsBetter, true)]
    [InlineData(KpiTrend.Down, KpiDirection.HigherIsBetter, false)]
    [InlineData(KpiTrend.Neutral, KpiDirection.LowerIsBetter, null)]
    public void IsImprovement_FollowsTheDirection(KpiTrend trend, KpiDirection direction, bool? better) =>
        Assert.Equal(better, KpiMath.IsImprovement(trend, direction));

    [Fact]
    public void Kpi_LowerIsBetter_RecordsProgressAgainstItsCeiling_AndARedefinedDirectionRecomputesIt()
    {
        var at = new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
        var kpi = new Kpi(Guid.NewGuid(), "First response time", 5m, 4m, KpiUnit.Hours, null, at,
            KpiDirection.LowerIsBetter);
        Assert.Equal(80m, kpi.PercentComplete);

        kpi.RecordValue(3.68m, at.AddHours(1));
        Assert.Equal((108.7m, KpiTrend.Down), (kpi.PercentComplete, kpi.Trend));

        Assert.NotNull(kpi.Redefine("First response time", 4m, KpiUnit.Hours, KpiDirection.HigherIsBetter, at.AddHours(2)));
        Assert.Equal(92m, kpi.PercentComplete);
    }
}
