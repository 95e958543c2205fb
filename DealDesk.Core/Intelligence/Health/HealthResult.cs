namespace DealDesk.Core.Intelligence.Health;

/// <summary>One health calculation.</summary>
/// <param name="Score">0–100.</param>
/// <param name="Trend">Direction against the previous calculation.</param>
/// <param name="Factors">Every factor with its contribution, in the order they were weighed.</param>
public sealed record HealthResult(int Score, HealthTrend Trend, IReadOnlyList<HealthFactor> Factors)
{
    /// <summary>The band of <see cref="Score"/>.</summary>
    public HealthBand Band => HealthBands.Of(Score);
}
