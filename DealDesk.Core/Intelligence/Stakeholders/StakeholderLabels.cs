namespace DealDesk.Core.Intelligence.Stakeholders;

/// <summary>How roles and scores read in sentences (timeline entries, the map).</summary>
public static class StakeholderLabels
{
    /// <summary>Every single role, in display order.</summary>
    public static IReadOnlyList<StakeholderRoles> AllRoles { get; } =
    [
        StakeholderRoles.DecisionMaker, StakeholderRoles.Champion, StakeholderRoles.Influencer,
        StakeholderRoles.Blocker, StakeholderRoles.Gatekeeper, StakeholderRoles.User,
    ];

    /// <summary>One role's name.</summary>
    public static string Role(StakeholderRoles role) => role switch
    {
        StakeholderRoles.DecisionMaker => "Decision maker",
        StakeholderRoles.Champion => "Champion",
        StakeholderRoles.Influencer => "Influencer",
        StakeholderRoles.Blocker => "Blocker",
        StakeholderRoles.Gatekeeper => "Gatekeeper",
        StakeholderRoles.User => "User",
        _ => "No role",
    };

    /// <summary>The single roles in <paramref name="roles"/>, in display order.</summary>
    public static IReadOnlyList<StakeholderRoles> Split(StakeholderRoles roles) =>
        AllRoles.Where(r => (roles & r) == r).ToList();

    /// <summary>All roles as a list ("Champion, Influencer"), or "No role".</summary>
    public static string Roles(StakeholderRoles roles) =>
        roles == StakeholderRoles.None ? Role(StakeholderRoles.None) : string.Join(", ", Split(roles).Select(Role));

    /// <summary>A score's name.</summary>
    public static string Score(StakeholderScoreKind kind) => kind switch
    {
        StakeholderScoreKind.DecisionPower => "Decision power",
        StakeholderScoreKind.Influence => "Influence",
        _ => "Relationship",
    };

    /// <summary>A source's name.</summary>
    public static string Source(ScoreSource source) => source switch
    {
        ScoreSource.HumanOverride => "override",
        ScoreSource.ConversationSignal => "conversation",
        _ => "heuristic",
    };

    /// <summary>A score as the timeline shows it: "7 (heuristic)".</summary>
    public static string Describe(StakeholderScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return $"{score.Value} ({Source(score.Source)})";
    }
}
