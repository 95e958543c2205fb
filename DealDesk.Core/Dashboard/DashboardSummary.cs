namespace DealDesk.Core.Dashboard;

/// <summary>The landing page's figures, for the circles the current user can see.</summary>
/// <param name="WorkspaceName">The user's workspace.</param>
/// <param name="Currency">Currency of every money figure.</param>
/// <param name="OpenStages">Open stages in pipeline order, with their deal counts and values.</param>
/// <param name="WonLast30DaysCount">Deals won in the last 30 days.</param>
/// <param name="WonLast30DaysValue">Their value.</param>
/// <param name="WonLast90DaysCount">Deals won in the last 90 days.</param>
/// <param name="LostLast90DaysCount">Deals lost in the last 90 days.</param>
/// <param name="AverageDaysToClose">Mean days from creation to winning of the deals won in the last 90 days;
/// <c>null</c> when none were won.</param>
/// <param name="KpiCount">KPIs the user can see.</param>
/// <param name="CircleCount">Circles the user can see.</param>
public sealed record DashboardSummary(
    string WorkspaceName,
    string Currency,
    IReadOnlyList<StageSummary> OpenStages,
    int WonLast30DaysCount,
    decimal WonLast30DaysValue,
    int WonLast90DaysCount,
    int LostLast90DaysCount,
    double? AverageDaysToClose,
    int KpiCount,
    int CircleCount)
{
    /// <summary>All open deals.</summary>
    public int OpenDealCount => OpenStages.Sum(s => s.DealCount);

    /// <summary>Value of all open deals.</summary>
    public decimal OpenValue => OpenStages.Sum(s => s.TotalValue);

    /// <summary>Open value weighted by each deal's win probability.</summary>
    public decimal WeightedValue => OpenStages.Sum(s => s.WeightedValue);

    /// <summary>Won ÷ (won + lost) over the last 90 days, 0–1; <c>null</c> when nothing closed.</summary>
    public double? WinRate => PipelineMath.WinRate(WonLast90DaysCount, LostLast90DaysCount);
}
