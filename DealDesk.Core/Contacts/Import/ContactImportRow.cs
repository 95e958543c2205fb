namespace DealDesk.Core.Contacts.Import;

/// <summary>A CSV row that passed every rule, ready to create a contact or update the one with its email.</summary>
/// <param name="LineNumber">The line of the file the row starts on.</param>
/// <param name="Name">Full name.</param>
/// <param name="Email">Email, trimmed.</param>
/// <param name="Phone">Phone, or <c>null</c> when the cell is empty or not mapped.</param>
/// <param name="Company">Company, or <c>null</c> when the cell is empty or not mapped.</param>
/// <param name="Status">Status, or <c>null</c> when the cell is empty or not mapped.</param>
/// <param name="FunnelStage">Funnel stage, or <c>null</c> when the cell is empty or not mapped.</param>
public sealed record ContactImportRow(
    long LineNumber,
    string Name,
    string Email,
    string? Phone,
    string? Company,
    ContactStatus? Status,
    FunnelStage? FunnelStage)
{
    /// <summary>The upper-case email the circle's uniqueness is checked on.</summary>
    public string NormalizedEmail { get; } = Contact.NormalizeEmail(Email);

    /// <summary>A new contact from the row; an empty stage is Needs outreach, an empty status the least one the stage
    /// allows (Lead, or Prospect / Customer further down the funnel).</summary>
    public Contact ToContact(Guid circleId, Guid? createdBy, DateTime at)
    {
        var stage = FunnelStage ?? Contacts.FunnelStage.NeedsOutreach;
        return new(circleId, Name, Email, createdBy, at, Phone, Company,
            Status ?? ContactFunnelRules.StatusAt(ContactStatus.Lead, stage), stage);
    }

    /// <summary>Writes the row over <paramref name="contact"/>: non-empty cells replace, empty ones keep what the
    /// contact has (an import never blanks a field by omission). Counts as contact. The stage decides
    /// (ContactFunnelRules): a status, the row's or the contact's, that the resulting stage does not allow is raised to
    /// the least one it does.</summary>
    public void ApplyTo(Contact contact, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var stage = FunnelStage ?? contact.FunnelStage;
        contact.Update(Name, Email, Phone ?? contact.Phone, Company ?? contact.Company,
            ContactFunnelRules.StatusAt(Status ?? contact.Status, stage), stage, at);
    }

    /// <summary>This row's cells merged into an earlier row of the same file with the same email (update mode).</summary>
    public ContactImportRow MergedOver(ContactImportRow earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return this with
        {
            Phone = Phone ?? earlier.Phone,
            Company = Company ?? earlier.Company,
            Status = Status ?? earlier.Status,
            FunnelStage = FunnelStage ?? earlier.FunnelStage,
        };
    }
}
