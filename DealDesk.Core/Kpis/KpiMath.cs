namespace DealDesk.Core.Kpis;

/// <summary>The KPI formulas (seed 003), with a defined answer wherever a division by zero would occur.</summary>
public static class KpiMath
{
    /// <summary>Percentages are stored with two decimals and clamped to ±this, so a KPI far past a tiny
    /// target still saves instead of overflowing the column.</summary>
    public const decimal PercentageLimit = 99_999.99m;

    /// <summary>How far the value has come towards its target, in percent; 100 or more is on target.</summary>
    /// <remarks>Higher is better: current ÷ target × 100 (seed 003); a target of 0 has no meaningful progress, so it
    /// gives 0. Lower is better: target ÷ current × 100, so 3.68 hours against a 4-hour ceiling is 108.7 % and 8 hours
    /// is 50 %; a current value of 0 (or less) cannot be divided by and is on target exactly when it is at or under the
    /// target (100, else 0).</remarks>
    public static decimal PercentComplete(decimal value, decimal target,
        KpiDirection direction = KpiDirection.HigherIsBetter) => direction switch
    {
        KpiDirection.LowerIsBetter when value <= 0 => value <= target ? 100 : 0,
        KpiDirection.LowerIsBetter => Percent(target / value * 100),
        _ => target == 0 ? 0 : Percent(value / target * 100),
    };

    /// <summary>The value meets its target: at or above it when higher is better, at or under it when lower is.
    /// </summary>
    public static bool IsOnTarget(decimal value, decimal target, KpiDirection direction) =>
        direction == KpiDirection.LowerIsBetter ? value <= target : value >= target;

    /// <summary>Whether a change in <paramref name="trend"/>'s direction is good news for a KPI that improves in
    /// <paramref name="direction"/>: <c>true</c> better, <c>false</c> worse, <c>null</c> unchanged. The arrow shows
    /// where the value went; its colour shows this.</summary>
    public static bool? IsImprovement(KpiTrend trend, KpiDirection direction) => trend switch
    {
        KpiTrend.Up => direction == KpiDirection.HigherIsBetter,
        KpiTrend.Down => direction == KpiDirection.LowerIsBetter,
        _ => null,
    };

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
