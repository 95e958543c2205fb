namespace DealDesk.Core.Kpis;

/// <summary>How the KPIs of a circle are listed.</summary>
public enum KpiOrder
{
    /// <summary>Alphabetically, ignoring case.</summary>
    Name = 0,

    /// <summary>By progress towards the target.</summary>
    PercentComplete = 1,

    /// <summary>By the time of the last change.</summary>
    Updated = 2,
}
