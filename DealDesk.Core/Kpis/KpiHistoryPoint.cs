namespace DealDesk.Core.Kpis;

/// <summary>One entry of a KPI's history, for the chart and the table.</summary>
/// <param name="RecordedAt">When it was recorded (UTC).</param>
/// <param name="Value">Value at that time.</param>
/// <param name="Target">Target at that time.</param>
/// <param name="PercentComplete">Percentage complete at that time.</param>
/// <param name="Kind">Why it was recorded.</param>
public sealed record KpiHistoryPoint(DateTime RecordedAt, decimal Value, decimal Target, decimal PercentComplete,
    KpiHistoryKind Kind);
