namespace DealDesk.Core.Intelligence.Health;

/// <summary>Recalculates deal health and keeps it: the deal's health columns, a history row per calculation, a
/// HealthChanged timeline entry beyond <see cref="Deals.Timeline.Activity.HealthChangeThreshold"/> points, and a Rescored
/// change when score or trend moved.</summary>
public interface IDealHealthService
{
    /// <summary>Recalculates one deal; <c>null</c> when it is not visible or closed (closed deals stay frozen).</summary>
    Task<HealthResult?> RecalculateAsync(Guid dealId, CancellationToken cancellationToken = default);
}
