using DealDesk.Core.Common;

namespace DealDesk.Core.Deals.Notes;

/// <summary>A note as listed on the deal page.</summary>
/// <param name="Id">The note.</param>
/// <param name="Text">What was written.</param>
/// <param name="AuthorName">Who wrote it; <c>null</c> when unknown.</param>
/// <param name="CreatedAt">When (UTC).</param>
public sealed record NoteItem(Guid Id, string Text, string? AuthorName, DateTime CreatedAt);

/// <summary>Notes on the current user's deals. A deal the user cannot see is not found.</summary>
public interface IDealNoteService
{
    /// <summary>Most notes one call lists.</summary>
    const int MaxListSize = 200;

    /// <summary>The deal's latest notes, newest first; <c>null</c> when the deal is not visible.</summary>
    Task<IReadOnlyList<NoteItem>?> ListAsync(Guid dealId, int take = 50, CancellationToken cancellationToken = default);

    /// <summary>Adds a note written by the current user, with its timeline entry; the new note's id.</summary>
    Task<Result<Guid>> AddAsync(Guid dealId, NoteDraft draft, CancellationToken cancellationToken = default);
}
