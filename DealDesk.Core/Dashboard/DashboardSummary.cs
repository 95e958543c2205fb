namespace DealDesk.Core.Dashboard;

/// <summary>The landing page's figures, for the circles the current user can see.</summary>
/// <param name="WorkspaceName">The user's workspace.</param>
/// <param name="Currency">Currency of every money figure.</param>
/// <param name="OpenStages">Open stages in pipeline order, with their deal counts and values.</param>
/// <param name="WonLast30DaysCount">Deals won in the last 30 days.</param>
/// <param name="WonLast30DaysValue">Their value.</param>
/// <param name="KpiCount">KPIs the user can see.</param>
/// <param name="CircleCount">Circles the user can see.</param>
public sealed record DashboardSummary(
    string WorkspaceName,
    string Currency,
    IReadOnlyList<StageSummary> OpenStages,
    int WonLast30DaysCount,
    decimal WonLast30DaysValue,
    int KpiCount,
    int CircleCount)
{
    /// <summary>All open deals.</summary>
    public int OpenDealCount => OpenStages.Sum(s => s.DealCount);

    /// <summary>Value of all open deals.</summary>
    public decimal OpenValue => OpenStages.Sum(s => s.TotalValue);
}
