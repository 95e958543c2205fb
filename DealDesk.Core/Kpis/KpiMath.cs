namespace DealDesk.Core.Kpis;

/// <summary>The KPI formulas (seed 003), with a defined answer wherever a division by zero would occur.</summary>
public static class KpiMath
{
    /// <summary>Percentages are stored with two decimals and clamped to ±this, so a KPI far past a tiny
    /// target still saves instead of overflowing the column.</summary>
    public const decimal PercentageLimit = 99_999.99m;

    /// <summary>current ÷ target × 100. A target of 0 has no meaningful progress, so it gives 0.</summary>
    public static decimal PercentComplete(decimal value, decimal target) =>
        target == 0 ? 0 : Percent(value / target * 100);

    /// <summary>Change from <paramref name="previous"/> to <paramref name="value"/> as a percentage of the
    /// previous value's size. From 0 there is no ratio: 0 → 0 is 0, any move away from 0 is ±100.</summary>
    public static decimal PercentChange(decimal previous, decimal value)
    {
        if (previous == 0)
        {
            return Math.Sign(value) * 100m;
        }

        return Percent((value - previous) / Math.Abs(previous) * 100);
    }

    /// <summary>Up, down or neutral compared with the previous value.</summary>
    public static KpiTrend Trend(decimal previous, decimal value) =>
        value.CompareTo(previous) switch
        {
            > 0 => KpiTrend.Up,
            < 0 => KpiTrend.Down,
            _ => KpiTrend.Neutral,
        };

    private static decimal Percent(decimal raw) =>
        Math.Clamp(Math.Round(raw, 2, MidpointRounding.AwayFromZero), -PercentageLimit, PercentageLimit);
}
