namespace DealDesk.Core.Intelligence.Stakeholders;

/// <summary>One person on a deal's political map, as the page shows them.</summary>
/// <param name="Id">The stakeholder.</param>
/// <param name="Name">Full name.</param>
/// <param name="Email">Email, if known.</param>
/// <param name="Title">Job title, if known.</param>
/// <param name="Roles">Every part the person plays.</param>
/// <param name="DecisionPower">How much the person decides, with source and evidence.</param>
/// <param name="Influence">How much the person sways others, with source and evidence.</param>
/// <param name="Relationship">How good our relationship is, with source and evidence.</param>
/// <param name="IsEngaged">Whether we are in touch with the person (<see cref="Stakeholder.IsEngaged(DateTime)"/>).</param>
/// <param name="ContactId">The contact the person was added from, if any.</param>
/// <param name="Notes">Free notes.</param>
/// <param name="Version">The concurrency token an edit must carry.</param>
public sealed record StakeholderCard(
    Guid Id,
    string Name,
    string? Email,
    string? Title,
    StakeholderRoles Roles,
    StakeholderScore DecisionPower,
    StakeholderScore Influence,
    StakeholderScore Relationship,
    bool IsEngaged,
    Guid? ContactId,
    string? Notes,
    byte[] Version)
{
    /// <summary>Whether the person plays <paramref name="role"/> (among others).</summary>
    public bool Plays(StakeholderRoles role) => role != StakeholderRoles.None && (Roles & role) == role;

    /// <summary>The card of <paramref name="stakeholder"/> as of <paramref name="now"/>.</summary>
    public static StakeholderCard Of(Stakeholder stakeholder, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(stakeholder);
        return new StakeholderCard(stakeholder.Id, stakeholder.Name, stakeholder.Email, stakeholder.Title,
            stakeholder.Roles, stakeholder.DecisionPower, stakeholder.InfluenceLevel, stakeholder.RelationshipStrength,
            stakeholder.IsEngaged(now), stakeholder.ContactId, stakeholder.Notes, stakeholder.Version);
    }
}

/// <summary>A deal's political map: its account's stakeholders and what is missing or dangerous among them.</summary>
/// <param name="AccountId">The deal's account, whose stakeholders these are.</param>
/// <param name="AccountName">Its name.</param>
/// <param name="Stakeholders">Everyone on the map, by name.</param>
/// <param name="Warnings">What the map lacks or fears (<see cref="StakeholderWarnings.Evaluate"/>).</param>
public sealed record StakeholderMap(
    Guid AccountId,
    string AccountName,
    IReadOnlyList<StakeholderCard> Stakeholders,
    IReadOnlyList<StakeholderWarning> Warnings);
