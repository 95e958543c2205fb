namespace DealDesk.Core.Kpis;

/// <summary>Why a KPI history entry was recorded.</summary>
public enum KpiHistoryKind
{
    /// <summary>The KPI's first value, on creation.</summary>
    Created = 0,

    /// <summary>Someone recorded a new value.</summary>
    ValueChanged = 1,

    /// <summary>A moderator changed the target.</summary>
    TargetChanged = 2,

    /// <summary>The daily snapshot job recorded the value of the day.</summary>
    DailySnapshot = 3,
}
