namespace DealDesk.Core.Contacts;

/// <summary>A contact as its page shows it.</summary>
/// <param name="Id">The contact.</param>
/// <param name="CircleId">Its circle.</param>
/// <param name="CircleName">The circle's name.</param>
/// <param name="Name">Full name.</param>
/// <param name="Email">Email as entered.</param>
/// <param name="Phone">Phone number.</param>
/// <param name="Company">Company.</param>
/// <param name="Status">Relationship status.</param>
/// <param name="FunnelStage">Funnel stage.</param>
/// <param name="LatestNote">The newest note's text.</param>
/// <param name="LastContactAt">Last update or note (UTC).</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="CreatedByName">Who created it; <c>null</c> when unknown.</param>
/// <param name="Version">Concurrency token: pass it back with an edit.</param>
public sealed record ContactDetail(
    Guid Id,
    Guid CircleId,
    string CircleName,
    string Name,
    string Email,
    string? Phone,
    string? Company,
    ContactStatus Status,
    FunnelStage FunnelStage,
    string? LatestNote,
    DateTime? LastContactAt,
    DateTime CreatedAt,
    string? CreatedByName,
    byte[] Version)
{
    /// <summary>The editable fields, for the edit form.</summary>
    public ContactDraft ToDraft() => new()
    {
        Name = Name,
        Email = Email,
        Phone = Phone,
        Company = Company,
        Status = Status,
        FunnelStage = FunnelStage,
        Version = Version,
    };
}

/// <summary>An entry of a contact's notes history.</summary>
/// <param name="Id">The note.</param>
/// <param name="Text">What was written.</param>
/// <param name="AuthorName">Who wrote it; <c>null</c> when unknown or imported.</param>
/// <param name="CreatedAt">When (UTC).</param>
public sealed record ContactNoteItem(Guid Id, string Text, string? AuthorName, DateTime CreatedAt);

/// <summary>One page of a contact's notes history, newest first.</summary>
/// <param name="Notes">The notes of the page.</param>
/// <param name="TotalCount">Notes of the contact in all.</param>
public sealed record ContactNotePage(IReadOnlyList<ContactNoteItem> Notes, int TotalCount);
