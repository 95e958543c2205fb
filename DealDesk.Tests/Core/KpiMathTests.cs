using DealDesk.Core.Kpis;

namespace DealDesk.Tests.Core;

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
}
