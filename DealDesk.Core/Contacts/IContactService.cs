using DealDesk.Core.Common;

namespace DealDesk.Core.Contacts;

/// <summary>The contacts of the current user's circles. Reads see only the circles the user is in (a workspace admin
/// sees all of the workspace's); every write checks the user's role in the contact's circle first (seed 003: members
/// update contacts and add notes, moderators and admins also create and delete them), validates its input again
/// and runs in one transaction.</summary>
public interface IContactService
{
    /// <summary>Most notes one call lists.</summary>
    const int MaxNotePageSize = 100;

    /// <summary>One page of the circle's contacts, filtered, sorted and counted in SQL.</summary>
    Task<ContactPage> SearchAsync(ContactSearch search, CancellationToken cancellationToken = default);

    /// <summary>The funnel board: one column per funnel stage (only the stages of <see cref="ContactSearch.FunnelStages"/>
    /// when it names any) with its count and its first <paramref name="perStage"/> contacts, for the search text and
    /// statuses of <paramref name="search"/>.</summary>
    Task<IReadOnlyList<FunnelColumn>> GetFunnelAsync(ContactSearch search, int perStage,
        CancellationToken cancellationToken = default);

    /// <summary>More contacts of one funnel column ("load more"), after the first <paramref name="skip"/>.</summary>
    Task<IReadOnlyList<ContactRow>> GetFunnelCardsAsync(ContactSearch search, FunnelStage stage, int skip, int take,
        CancellationToken cancellationToken = default);

    /// <summary>Every contact matching <paramref name="search"/> in its sort order (paging ignored), read lazily for
    /// a CSV export; refused unless the user may view the circle's contacts.</summary>
    Task<Result<IAsyncEnumerable<ContactRow>>> ExportAsync(ContactSearch search,
        CancellationToken cancellationToken = default);

    /// <summary>One contact; <c>null</c> when it does not exist or is in a circle the user does not see.</summary>
    Task<ContactDetail?> GetAsync(Guid contactId, CancellationToken cancellationToken = default);

    /// <summary>Creates a contact in <paramref name="circleId"/>; refuses an email already used in the circle,
    /// ignoring case, with a message on <see cref="ContactDraft.Email"/>. The new id on success.</summary>
    Task<Result<Guid>> CreateAsync(Guid circleId, ContactDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Saves an edited contact and refreshes its last contact. <see cref="ContactDraft.Version"/> must be
    /// the version the user edited, or nothing is written and the result is a conflict.</summary>
    Task<Result> UpdateAsync(Guid contactId, ContactDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Moves a contact to another funnel stage (a drop on the funnel board); counts as contact. A contact
    /// changed since <paramref name="version"/> (the card's) was loaded is a conflict, and nothing is written.</summary>
    Task<Result> MoveAsync(Guid contactId, FunnelStage stage, byte[] version,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes a contact with its notes.</summary>
    Task<Result> DeleteAsync(Guid contactId, CancellationToken cancellationToken = default);

    /// <summary>The contact's notes, newest first, after the first <paramref name="skip"/>, at most
    /// <paramref name="take"/> (up to <see cref="MaxNotePageSize"/>); <c>null</c> when the contact is not visible.</summary>
    Task<ContactNotePage?> ListNotesAsync(Guid contactId, int skip, int take,
        CancellationToken cancellationToken = default);

    /// <summary>Adds a note by the current user; in the same transaction the note becomes the contact's latest
    /// note and its last contact is now. The new note on success.</summary>
    Task<Result<ContactNoteItem>> AddNoteAsync(Guid contactId, string text, CancellationToken cancellationToken = default);

    /// <summary>"Create deal from this lead": a deal named by <see cref="LeadConversion.DealName"/> in the stage
    /// <see cref="LeadConversion.PickStage"/> chooses, in the contact's circle, owned by the current user, with the
    /// contact as its primary contact and the account of the contact's company (found ignoring case, or created).
    /// The new deal's id on success.</summary>
    Task<Result<Guid>> CreateDealAsync(Guid contactId, CancellationToken cancellationToken = default);
}
