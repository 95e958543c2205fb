using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Core.Contacts;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Contacts;

/// <summary>How every contact write finds its contact: visible to the user (the query filters), and the user's role
/// in its circle allowing the action (one <see cref="ICircleAccess"/> check, a refusal logged there).</summary>
internal static class ContactLookup
{
    /// <summary>The contact, tracked by <paramref name="db"/>, when it exists in the user's reach and
    /// <paramref name="action"/> is allowed on it; otherwise the refusal (not found, or forbidden).</summary>
    public static async Task<Result<Contact>> FindContactAsync(this ICircleAccess access, DealDeskDbContext db,
        Guid contactId, CircleAction action, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            return Result.NotFound(ContactMessages.NotFound);
        }

        return await access.CheckAsync(contact.CircleId, action, Target(contactId), cancellationToken) is { } refused
            ? refused
            : Result<Contact>.Ok(contact);
    }

    /// <summary>How a contact is named in access logs.</summary>
    public static string Target(Guid contactId) => $"contact {contactId}";
}
