using DealDesk.Core.Common;

namespace DealDesk.Core.Contacts;

/// <summary>The notes of a contact of the current user's circles: listed for anyone who sees the contact, added by any
/// member of its circle (seed 003).</summary>
public interface IContactNoteService
{
    /// <summary>Most notes one call lists.</summary>
    const int MaxNotePageSize = 100;

    /// <summary>The contact's notes, newest first, after the first <paramref name="skip"/>, at most
    /// <paramref name="take"/> (up to <see cref="MaxNotePageSize"/>); <c>null</c> when the contact is not visible.</summary>
    Task<ContactNotePage?> ListNotesAsync(Guid contactId, int skip, int take,
        CancellationToken cancellationToken = default);

    /// <summary>Adds a note by the current user; in the same transaction the note becomes the contact's latest
    /// note and its last contact is now. The new note on success.</summary>
    Task<Result<ContactNoteItem>> AddNoteAsync(Guid contactId, string text, CancellationToken cancellationToken = default);
}
