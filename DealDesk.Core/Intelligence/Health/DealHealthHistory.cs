using DealDesk.Core.Common;
using DealDesk.Core.Deals;

namespace DealDesk.Core.Intelligence.Health;

/// <summary>One health calculation of a deal, kept for the history chart and to explain past scores.
/// Append-only.</summary>
public sealed class DealHealthHistory : Entity, ITenantOwned
{
    private DealHealthHistory()
    {
    }

    /// <summary>Records <paramref name="result"/> for a deal; the factors are stored as <paramref name="factorsJson"/>
    /// (serialised by the data layer).</summary>
    public DealHealthHistory(Guid dealId, HealthResult result, string factorsJson, DateTime calculatedAt)
    {
        ArgumentNullException.ThrowIfNull(result);
        DealId = Guard.Id(dealId, "Deal");
        Score = result.Score;
        Trend = result.Trend;
        FactorsJson = factorsJson;
        CalculatedAt = calculatedAt;
    }

    /// <inheritdoc />
    public Guid WorkspaceId { get; private set; }

    /// <summary>The deal.</summary>
    public Guid DealId { get; private set; }

    /// <summary>0–100.</summary>
    public int Score { get; private set; }

    /// <summary>Direction against the calculation before.</summary>
    public HealthTrend Trend { get; private set; }

    /// <summary>The factors as a JSON array of <see cref="HealthFactor"/>.</summary>
    public string FactorsJson { get; private set; } = "[]";

    /// <summary>When (UTC).</summary>
    public DateTime CalculatedAt { get; private set; }
}
