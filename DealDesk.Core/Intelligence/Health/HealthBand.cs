namespace DealDesk.Core.Intelligence.Health;

/// <summary>The coarse reading of a health score that the deal table filters by. Stored as its number.</summary>
public enum HealthBand
{
    /// <summary>Below 40: needs attention now.</summary>
    Critical = 0,

    /// <summary>40 to 69.</summary>
    AtRisk = 1,

    /// <summary>70 and above.</summary>
    Healthy = 2,
}

/// <summary>Maps scores to <see cref="HealthBand"/>s and back to score ranges.</summary>
public static class HealthBands
{
    /// <summary>Lowest score of <see cref="HealthBand.Healthy"/>.</summary>
    public const int HealthyFrom = 70;

    /// <summary>Lowest score of <see cref="HealthBand.AtRisk"/>.</summary>
    public const int AtRiskFrom = 40;

    /// <summary>The band of a 0–100 score.</summary>
    public static HealthBand Of(int score) => score switch
    {
        >= HealthyFrom => HealthBand.Healthy,
        >= AtRiskFrom => HealthBand.AtRisk,
        _ => HealthBand.Critical,
    };

    /// <summary>The inclusive score range of <paramref name="band"/>, for filtering in SQL.</summary>
    public static (int Min, int Max) Range(HealthBand band) => band switch
    {
        HealthBand.Healthy => (HealthyFrom, HealthCalculator.MaxScore),
        HealthBand.AtRisk => (AtRiskFrom, HealthyFrom - 1),
        _ => (HealthCalculator.MinScore, AtRiskFrom - 1),
    };

    /// <summary>How the band reads on screen.</summary>
    public static string Label(HealthBand band) => band switch
    {
        HealthBand.Healthy => "Healthy",
        HealthBand.AtRisk => "At risk",
        _ => "Critical",
    };
}
