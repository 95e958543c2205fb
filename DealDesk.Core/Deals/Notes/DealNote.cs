using DealDesk.Core.Common;

namespace DealDesk.Core.Deals.Notes;

/// <summary>A free-text note on a deal ("Called Dana: budget confirmed for Q3"). Notes are kept as written.</summary>
public sealed class DealNote : Entity, ITenantOwned
{
    /// <summary>Longest allowed text.</summary>
    public const int TextMaxLength = 4000;

    private DealNote()
    {
    }

    /// <summary>Creates a note on a deal.</summary>
    public DealNote(Guid dealId, string text, Guid? authorId, DateTime createdAt)
    {
        DealId = Guard.Id(dealId, "Deal");
        Text = Guard.MultilineText(text, TextMaxLength, "Note");
        AuthorId = authorId;
        CreatedAt = createdAt;
    }

    /// <inheritdoc />
    public Guid WorkspaceId { get; private set; }

    /// <summary>The deal it is about.</summary>
    public Guid DealId { get; private set; }

    /// <summary>What was written.</summary>
    public string Text { get; private set; } = "";

    /// <summary>Who wrote it; <c>null</c> for automation or a deleted user.</summary>
    public Guid? AuthorId { get; private set; }

    /// <summary>When it was written (UTC).</summary>
    public DateTime CreatedAt { get; private set; }
}
