using DealDesk.Core.Intelligence.Health;
using MudBlazor;

namespace DealDesk.Web.Components.Shared;

/// <summary>How health reads on screen: one colour per band and one icon per trend, everywhere health shows.</summary>
public static class HealthDisplay
{
    /// <summary>Healthy green, at risk amber, critical red.</summary>
    public static Color ColorOf(HealthBand band) => band switch
    {
        HealthBand.Healthy => Color.Success,
        HealthBand.AtRisk => Color.Warning,
        _ => Color.Error,
    };

    /// <summary>The colour of a score; plain when not scored.</summary>
    public static Color ColorOf(int? score) => score is { } s ? ColorOf(HealthBands.Of(s)) : Color.Default;

    /// <summary>An arrow up, flat or down.</summary>
    public static string IconOf(HealthTrend trend) => trend switch
    {
        HealthTrend.Improving => Icons.Material.Filled.TrendingUp,
        HealthTrend.Declining => Icons.Material.Filled.TrendingDown,
        _ => Icons.Material.Filled.TrendingFlat,
    };

    /// <summary>The trend in words, for tooltips and screen readers.</summary>
    public static string LabelOf(HealthTrend trend) => trend switch
    {
        HealthTrend.Improving => "improving",
        HealthTrend.Declining => "declining",
        _ => "stable",
    };

    /// <summary>A contribution with its sign, e.g. "+10", "−12", "±0".</summary>
    public static string Points(int points) =>
        points > 0 ? $"+{points}" : points < 0 ? $"−{-points}" : "±0";
}
