using DealDesk.Core.Common;

namespace DealDesk.Core.Notifications;

/// <summary>An in-app message to one user ("Dana assigned you a task on Acme renewal"), shown under the bell.</summary>
public sealed class Notification : Entity, ITenantOwned
{
    /// <summary>Longest allowed message.</summary>
    public const int MessageMaxLength = 500;

    /// <summary>Longest allowed link.</summary>
    public const int LinkMaxLength = 500;

    private Notification()
    {
    }

    /// <summary>Creates an unread notification for <paramref name="recipientId"/>.</summary>
    /// <param name="recipientId">Who it is for.</param>
    /// <param name="message">What to tell them.</param>
    /// <param name="link">An app-relative address to open, e.g. "/deals/{id}?tab=tasks".</param>
    /// <param name="createdAt">When (UTC).</param>
    public Notification(Guid recipientId, string message, string? link, DateTime createdAt)
    {
        RecipientId = Guard.Id(recipientId, "Recipient");
        Message = Guard.Text(message, MessageMaxLength, "Message");
        Link = Guard.OptionalText(link, LinkMaxLength, "Link");
        if (Link is not null && !Link.StartsWith('/'))
        {
            // Only addresses inside the app: a notification must never send a user elsewhere.
            throw new DomainException("A notification links to a page of DealDesk.");
        }

        CreatedAt = createdAt;
    }

    /// <inheritdoc />
    public Guid WorkspaceId { get; private set; }

    /// <summary>Who it is for.</summary>
    public Guid RecipientId { get; private set; }

    /// <summary>What to tell them.</summary>
    public string Message { get; private set; } = "";

    /// <summary>Where clicking it goes; <c>null</c> for nowhere.</summary>
    public string? Link { get; private set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>When the recipient read it (UTC); <c>null</c> while unread.</summary>
    public DateTime? ReadAt { get; private set; }

    /// <summary>Marks it read; reading it again keeps the first time.</summary>
    public void MarkRead(DateTime at) => ReadAt ??= at;
}
