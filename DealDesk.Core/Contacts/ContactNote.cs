using DealDesk.Core.Common;

namespace DealDesk.Core.Contacts;

/// <summary>One entry of a contact's notes history. Notes are appended, never edited.</summary>
public sealed class ContactNote : Entity, ITenantOwned
{
    /// <summary>Longest allowed note.</summary>
    public const int TextMaxLength = 10_000;

    private ContactNote()
    {
    }

    internal ContactNote(Guid contactId, string text, Guid? createdBy, DateTime createdAt)
    {
        ContactId = contactId;
        Text = Guard.MultilineText(text, TextMaxLength, "Note");
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    /// <inheritdoc />
    public Guid WorkspaceId { get; private set; }

    /// <summary>The contact the note is about.</summary>
    public Guid ContactId { get; private set; }

    /// <summary>The note.</summary>
    public string Text { get; private set; } = "";

    /// <summary>Author; <c>null</c> when imported.</summary>
    public Guid? CreatedBy { get; private set; }

    /// <summary>When it was written (UTC).</summary>
    public DateTime CreatedAt { get; private set; }
}
