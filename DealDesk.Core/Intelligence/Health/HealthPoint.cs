namespace DealDesk.Core.Intelligence.Health;

/// <summary>One point of the health history chart.</summary>
/// <param name="CalculatedAt">When (UTC).</param>
/// <param name="Score">0–100.</param>
public sealed record HealthPoint(DateTime CalculatedAt, int Score);

/// <summary>A deal's health as the Intelligence tab shows it.</summary>
/// <param name="Score">Latest score; <c>null</c> when never scored.</param>
/// <param name="Trend">Latest trend.</param>
/// <param name="CalculatedAt">When it was calculated (UTC).</param>
/// <param name="Factors">The latest calculation's factors.</param>
/// <param name="History">Recent calculations, oldest first.</param>
public sealed record HealthView(int? Score, HealthTrend Trend, DateTime? CalculatedAt,
    IReadOnlyList<HealthFactor> Factors, IReadOnlyList<HealthPoint> History)
{
    /// <summary>The band, when scored.</summary>
    public HealthBand? Band => Score is { } s ? HealthBands.Of(s) : null;
}
