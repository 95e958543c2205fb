namespace DealDesk.Core.Contacts;

/// <summary>The fields a user fills in (or a CSV row carries) to create or edit a contact.</summary>
public sealed class ContactDraft
{
    /// <summary>Full name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Email, unique in the circle ignoring case.</summary>
    public string Email { get; set; } = "";

    /// <summary>Phone number, digits with the usual separators and an optional leading +.</summary>
    public string? Phone { get; set; }

    /// <summary>The company the contact works for.</summary>
    public string? Company { get; set; }

    /// <summary>Relationship status.</summary>
    public ContactStatus Status { get; set; } = ContactStatus.Lead;

    /// <summary>Funnel stage.</summary>
    public FunnelStage FunnelStage { get; set; } = FunnelStage.NeedsOutreach;

    /// <summary>The concurrency token of the contact as loaded for editing (<see cref="ContactDetail.Version"/>);
    /// <c>null</c> for a new contact.</summary>
    public byte[]? Version { get; set; }
}
