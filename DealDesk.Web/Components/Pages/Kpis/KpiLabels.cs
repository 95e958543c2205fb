using DealDesk.Core.Kpis;

namespace DealDesk.Web.Components.Pages.Kpis;

/// <summary>Words for the KPI enums on screen.</summary>
public static class KpiLabels
{
    /// <summary>e.g. "Currency ($)".</summary>
    public static string Unit(KpiUnit unit) => unit switch
    {
        KpiUnit.Currency => "Currency",
        KpiUnit.Percentage => "Percentage (%)",
        KpiUnit.Hours => "Hours (hrs)",
        KpiUnit.Days => "Days",
        _ => "None (a plain number)",
    };

    /// <summary>"Higher is better" or "Lower is better (e.g. response time)".</summary>
    public static string Direction(KpiDirection direction) => direction switch
    {
        KpiDirection.LowerIsBetter => "Lower is better (response time, churn)",
        _ => "Higher is better",
    };

    /// <summary>Why a history entry was recorded.</summary>
    public static string Kind(KpiHistoryKind kind) => kind switch
    {
        KpiHistoryKind.Created => "Created",
        KpiHistoryKind.ValueChanged => "Value changed",
        KpiHistoryKind.TargetChanged => "Target changed",
        KpiHistoryKind.DailySnapshot => "Daily snapshot",
        _ => kind.ToString(),
    };
}
