namespace DealDesk.Core.Kpis;

/// <summary>Which way a KPI improves. Stored as its number; KPIs made before directions existed are higher-is-better.
/// </summary>
public enum KpiDirection
{
    /// <summary>More is better: revenue, meetings booked, win rate.</summary>
    HigherIsBetter = 0,

    /// <summary>Less is better: response time, churn, sales cycle length. The target is a ceiling to stay under.
    /// </summary>
    LowerIsBetter = 1,
}
