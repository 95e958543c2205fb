using DealDesk.Core.Common;

namespace DealDesk.Core.Contacts;

/// <summary>Writing the contacts of the current user's circles. Every write checks the user's role in the contact's
/// circle first (seed 003: members update contacts, moderators and admins also create and delete them), validates its
/// input again and runs in one transaction. Reads are <see cref="IContactQueries"/>, notes
/// <see cref="IContactNoteService"/>, "create deal from this lead" <see cref="ILeadConversionService"/>.</summary>
public interface IContactService
{
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
}
