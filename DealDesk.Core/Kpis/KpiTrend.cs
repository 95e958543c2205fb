namespace DealDesk.Core.Kpis;

/// <summary>Direction of the latest value change.</summary>
public enum KpiTrend
{
    /// <summary>Unchanged, or no previous value.</summary>
    Neutral = 0,

    /// <summary>Went up.</summary>
    Up = 1,

    /// <summary>Went down.</summary>
    Down = 2,
}
