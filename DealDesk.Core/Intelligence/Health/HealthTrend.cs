namespace DealDesk.Core.Intelligence.Health;

/// <summary>Which way a deal's health moved since its previous calculation. Stored as its number.</summary>
public enum HealthTrend
{
    /// <summary>Within the dead band of the previous score, or the first calculation.</summary>
    Stable = 0,

    /// <summary>Up by more than the dead band.</summary>
    Improving = 1,

    /// <summary>Down by more than the dead band.</summary>
    Declining = 2,
}
