namespace DealDesk.Core.Kpis;

/// <summary>How a KPI's value is displayed.</summary>
public enum KpiUnit
{
    /// <summary>A plain number.</summary>
    None = 0,

    /// <summary>Money, in the workspace currency.</summary>
    Currency = 1,

    /// <summary>Percent.</summary>
    Percentage = 2,

    /// <summary>Hours.</summary>
    Hours = 3,

    /// <summary>Days.</summary>
    Days = 4,
}
