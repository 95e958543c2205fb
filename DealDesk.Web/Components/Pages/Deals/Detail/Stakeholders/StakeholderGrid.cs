using DealDesk.Core.Intelligence.Stakeholders;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Deals.Detail.Stakeholders;

/// <summary>A third of the 0–10 scale, for placing people on the power × relationship grid.</summary>
public enum ScoreBand
{
    /// <summary>7–10.</summary>
    High,

    /// <summary>4–6.</summary>
    Medium,

    /// <summary>0–3.</summary>
    Low,
}

/// <summary>Where a stakeholder sits on the map's grid (rows: decision power high → low; columns: relationship weak →
/// strong) and how scores and roles look.</summary>
public static class StakeholderGrid
{
    /// <summary>Rows, top first.</summary>
    public static IReadOnlyList<ScoreBand> PowerRows { get; } = [ScoreBand.High, ScoreBand.Medium, ScoreBand.Low];

    /// <summary>Columns, left first.</summary>
    public static IReadOnlyList<ScoreBand> RelationshipColumns { get; } = [ScoreBand.Low, ScoreBand.Medium, ScoreBand.High];

    /// <summary>The band of a 0–10 score.</summary>
    public static ScoreBand Band(int score) => score >= 7 ? ScoreBand.High : score >= 4 ? ScoreBand.Medium : ScoreBand.Low;

    /// <summary>The people in one cell of the grid, by name.</summary>
    public static IEnumerable<StakeholderCard> InCell(IEnumerable<StakeholderCard> people, ScoreBand power,
        ScoreBand relationship) =>
        people.Where(p => Band(p.DecisionPower.Value) == power && Band(p.Relationship.Value) == relationship);

    /// <summary>A row's label.</summary>
    public static string PowerLabel(ScoreBand band) => band switch
    {
        ScoreBand.High => "High power",
        ScoreBand.Medium => "Medium power",
        _ => "Low power",
    };

    /// <summary>A column's label.</summary>
    public static string RelationshipLabel(ScoreBand band) => band switch
    {
        ScoreBand.High => "Strong relationship",
        ScoreBand.Medium => "Neutral relationship",
        _ => "Weak relationship",
    };

    /// <summary>The key of a cell in test ids: "high-weak".</summary>
    public static string CellKey(ScoreBand power, ScoreBand relationship) =>
        $"{power.ToString().ToLowerInvariant()}-{relationship switch { ScoreBand.High => "strong", ScoreBand.Medium => "neutral", _ => "weak" }}";

    /// <summary>A role's chip colour: allies green, opponents red.</summary>
    public static Color RoleColor(StakeholderRoles role) => role switch
    {
        StakeholderRoles.Champion => Color.Success,
        StakeholderRoles.DecisionMaker => Color.Primary,
        StakeholderRoles.Blocker => Color.Error,
        StakeholderRoles.Gatekeeper => Color.Warning,
        StakeholderRoles.Influencer => Color.Info,
        _ => Color.Default,
    };

    /// <summary>The icon of a score's source.</summary>
    public static string SourceIcon(ScoreSource source) => source switch
    {
        ScoreSource.HumanOverride => Icons.Material.Filled.Person,
        ScoreSource.ConversationSignal => Icons.Material.Filled.Forum,
        _ => Icons.Material.Filled.AutoAwesome,
    };
}
