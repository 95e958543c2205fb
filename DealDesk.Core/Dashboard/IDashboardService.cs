namespace DealDesk.Core.Dashboard;

/// <summary>Figures for the landing page.</summary>
public interface IDashboardService
{
    /// <summary>Pipeline, win and KPI figures over the circles the current user can see.</summary>
    Task<DashboardSummary> GetSummaryAsync(CancellationToken cancellationToken = default);
}
