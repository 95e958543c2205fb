namespace DealDesk.Core.Kpis;

/// <summary>One KPI as the dashboard shows it.</summary>
/// <param name="Id">The KPI.</param>
/// <param name="CircleId">The circle it belongs to.</param>
/// <param name="Name">What is measured.</param>
/// <param name="Value">Latest value.</param>
/// <param name="Target">Goal.</param>
/// <param name="Unit">Display unit.</param>
/// <param name="PercentComplete">Progress towards the target in the KPI's direction (<see cref="KpiMath.PercentComplete"/>).</param>
/// <param name="Trend">Direction of the latest value change.</param>
/// <param name="PercentChange">Size of the latest value change in percent.</param>
/// <param name="Version">Concurrency token to send back with an edit or a value update.</param>
/// <param name="UpdatedAt">Last change (UTC).</param>
public sealed record KpiCard(
    Guid Id,
    Guid CircleId,
    string Name,
    decimal Value,
    decimal Target,
    KpiUnit Unit,
    decimal PercentComplete,
    KpiTrend Trend,
    decimal PercentChange,
    byte[] Version,
    DateTime UpdatedAt)
{
    /// <summary>Which way the KPI improves.</summary>
    public KpiDirection Direction { get; init; }

    /// <summary>The value meets its target in the KPI's direction.</summary>
    public bool IsOnTarget => KpiMath.IsOnTarget(Value, Target, Direction);
}
