using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Core.Contacts;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Contacts;

/// <summary>A contact's notes: listed through the circle filter, added after <see cref="ICircleAccess"/> lets the
/// user add notes in the contact's circle, the note, the latest note and the last contact in one SaveChanges.</summary>
internal sealed partial class ContactNoteService(
    IDbContextFactory<DealDeskDbContext> contexts,
    ICircleAccess access,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<ContactNoteService> log) : IContactNoteService
{
    // A note racing another save of its contact is tried again this many times: the note is an append and needs
    // no one's edit to be reconciled, so there is nothing to ask the user.
    private const int NoteAttempts = 3;

    public async Task<ContactNotePage?> ListNotesAsync(Guid contactId, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Contacts.AnyAsync(c => c.Id == contactId, cancellationToken))
        {
            return null;
        }

        var notes = db.ContactNotes.Where(n => n.ContactId == contactId);
        var total = await notes.CountAsync(cancellationToken);
        var items = await (
                from n in notes
                orderby n.CreatedAt descending, n.Id descending
                join author in db.Users on n.CreatedBy equals author.Id into authors
                from author in authors.DefaultIfEmpty()
                select new ContactNoteItem(n.Id, n.Text, author == null ? null : author.DisplayName, n.CreatedAt))
            .Skip(Math.Max(0, skip))
            .Take(Math.Clamp(take, 1, IContactNoteService.MaxNotePageSize))
            .ToListAsync(cancellationToken);
        return new ContactNotePage(items, total);
    }

    public async Task<Result<ContactNoteItem>> AddNoteAsync(Guid contactId, string text,
        CancellationToken cancellationToken = default)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return Result.Invalid("Text", ContactMessages.NoteRequired);
        }

        if (trimmed.Length > ContactNote.TextMaxLength)
        {
            return Result.Invalid("Text", ContactMessages.NoteTooLong);
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var found = await access.FindContactAsync(db, contactId, CircleAction.AddContactNote, cancellationToken);
            if (found.Value is not { } contact)
            {
                return (Result)found;
            }

            // The note, the latest note and the last contact are written by this one SaveChanges: one transaction.
            var note = contact.AddNote(trimmed, user.UserId, Now());
            db.ContactNotes.Add(note);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < NoteAttempts)
            {
                LogNoteRetry(contactId, attempt);
                continue;
            }
            catch (DbUpdateConcurrencyException)
            {
                return Result.Conflict(ContactMessages.Conflict);
            }

            var author = user.UserId is { } me
                ? await db.Users.Where(u => u.Id == me).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken)
                : null;
            LogNoteAdded(contactId, note.Id);
            return Result<ContactNoteItem>.Ok(new ContactNoteItem(note.Id, note.Text, author, note.CreatedAt));
        }
    }


    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    [LoggerMessage(LogLevel.Information, "Note {NoteId} added to contact {ContactId}")]
    private partial void LogNoteAdded(Guid contactId, Guid noteId);

    [LoggerMessage(LogLevel.Information, "Note on contact {ContactId} raced another save (attempt {Attempt}); trying again")]
    private partial void LogNoteRetry(Guid contactId, int attempt);
}
