namespace DealDesk.Core.Kpis;

/// <summary>The fields a moderator fills in to create a KPI or to change what it measures.</summary>
public sealed class KpiDraft
{
    /// <summary>What is measured.</summary>
    public string Name { get; set; } = "";

    /// <summary>The starting value of a new KPI. An edit leaves the value alone: values change through
    /// <see cref="IKpiService.UpdateValueAsync"/>, so that each one is a history entry with its trend.</summary>
    public decimal? Value { get; set; } = 0;

    /// <summary>The goal.</summary>
    public decimal? Target { get; set; }

    /// <summary>How the value is displayed.</summary>
    public KpiUnit Unit { get; set; } = KpiUnit.None;

    /// <summary>Which way the KPI improves (response time and churn: lower is better).</summary>
    public KpiDirection Direction { get; set; } = KpiDirection.HigherIsBetter;

    /// <summary>The concurrency token of the KPI as its card showed it (<see cref="KpiCard.Version"/>), which an edit
    /// must carry; <c>null</c> for a new KPI.</summary>
    public byte[]? Version { get; set; }
}

/// <summary>A new value typed into a KPI card.</summary>
public sealed class KpiValueDraft
{
    /// <summary>The new value.</summary>
    public decimal? Value { get; set; }
}
