namespace DealDesk.Core.Intelligence.Stakeholders;

/// <summary>What a person enters to add or edit a stakeholder. The scores are optional: a score left <c>null</c>
/// keeps what it was (or the title heuristic's proposal on add); a score given is a person's override.</summary>
public sealed class StakeholderDraft
{
    /// <summary>Full name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Email; unique per account, ignoring case.</summary>
    public string? Email { get; set; }

    /// <summary>Job title; the title heuristic reads it.</summary>
    public string? Title { get; set; }

    /// <summary>Every part the person plays.</summary>
    public StakeholderRoles Roles { get; set; }

    /// <summary>Free notes.</summary>
    public string? Notes { get; set; }

    /// <summary>The contact the person is added from, if any.</summary>
    public Guid? ContactId { get; set; }

    /// <summary>Decision power set by hand, or <c>null</c> to leave it.</summary>
    public int? DecisionPower { get; set; }

    /// <summary>Influence set by hand, or <c>null</c> to leave it.</summary>
    public int? Influence { get; set; }

    /// <summary>Relationship strength set by hand, or <c>null</c> to leave it.</summary>
    public int? Relationship { get; set; }

    /// <summary>Why the scores set by hand are what they are; defaults to "Set by {user}".</summary>
    public string? ScoreEvidence { get; set; }

    /// <summary>The version the edit started from; <c>null</c> when adding.</summary>
    public byte[]? Version { get; set; }

    /// <summary>A draft holding <paramref name="card"/>'s details, with no score set by hand yet.</summary>
    public static StakeholderDraft From(StakeholderCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new StakeholderDraft
        {
            Name = card.Name,
            Email = card.Email,
            Title = card.Title,
            Roles = card.Roles,
            Notes = card.Notes,
            ContactId = card.ContactId,
            Version = card.Version,
        };
    }
}
