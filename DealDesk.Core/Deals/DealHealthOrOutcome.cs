using DealDesk.Core.Intelligence.Health;

namespace DealDesk.Core.Deals;

/// <summary>What every list of deals shows in its health place: an open deal's latest health, or a closed deal's
/// outcome instead. The deal table's rows and the board's cards share it, so both read the same rule.</summary>
public abstract record DealHealthOrOutcome
{
    /// <summary>Latest health score, 0–100; <c>null</c> when not yet scored.</summary>
    public int? HealthScore { get; init; }

    /// <summary>Direction of the latest health calculation.</summary>
    public HealthTrend HealthTrend { get; init; }

    /// <summary>When the deal was won; <c>null</c> unless it is.</summary>
    public DateTime? WonAt { get; init; }

    /// <summary>When the deal was lost; <c>null</c> unless it is.</summary>
    public DateTime? LostAt { get; init; }

    /// <summary>Won or lost and when, shown instead of health; <c>null</c> while open.</summary>
    public DealOutcome? Outcome => DealOutcome.Of(WonAt, LostAt);
}
