using DealDesk.Core.Intelligence.Stakeholders;

namespace DealDesk.Data.Intelligence.Stakeholders;

/// <summary>What changed on a stakeholder, as the timeline tells it ("roles Influencer → Champion, Influencer").</summary>
internal static class StakeholderChanges
{
    public sealed record State(string Name, string? Email, string? Title, StakeholderRoles Roles, string? Notes,
        StakeholderScore DecisionPower, StakeholderScore Influence, StakeholderScore Relationship);

    public static State Snapshot(Stakeholder s) =>
        new(s.Name, s.Email, s.Title, s.Roles, s.Notes, s.DecisionPower, s.InfluenceLevel, s.RelationshipStrength);

    public static IReadOnlyList<string> Describe(State before, State after)
    {
        var parts = new List<string>();
        Text("name", before.Name, after.Name, parts);
        Text("email", before.Email, after.Email, parts);
        Text("title", before.Title, after.Title, parts);
        if (before.Roles != after.Roles)
        {
            parts.Add($"roles {StakeholderLabels.Roles(before.Roles)} → {StakeholderLabels.Roles(after.Roles)}");
        }

        Score(StakeholderScoreKind.DecisionPower, before.DecisionPower, after.DecisionPower, parts);
        Score(StakeholderScoreKind.Influence, before.Influence, after.Influence, parts);
        Score(StakeholderScoreKind.Relationship, before.Relationship, after.Relationship, parts);
        if (!string.Equals(before.Notes, after.Notes, StringComparison.Ordinal))
        {
            parts.Add("notes edited");
        }

        return parts;
    }

    private static void Text(string field, string? before, string? after, List<string> parts)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            parts.Add($"{field} {before ?? "(none)"} → {after ?? "(none)"}");
        }
    }

    private static void Score(StakeholderScoreKind kind, StakeholderScore before, StakeholderScore after,
        List<string> parts)
    {
        if (before != after)
        {
            parts.Add($"{StakeholderLabels.Score(kind).ToLowerInvariant()} {StakeholderLabels.Describe(before)} → "
                + StakeholderLabels.Describe(after));
        }
    }
}
