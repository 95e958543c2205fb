using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Notes;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Deals.Notes;

/// <summary>Notes on a deal: read and written only once the deal itself is visible to the user, since notes carry
/// no circle of their own.</summary>
internal sealed class DealNoteService(
    IDbContextFactory<DealDeskDbContext> contexts,
    ICurrentUser user,
    TimeProvider clock,
    IDealChangeFeed changes,
    ILogger<DealNoteService> log) : IDealNoteService
{
    private static readonly NoteDraftValidator Validator = new();

    public async Task<IReadOnlyList<NoteItem>?> ListAsync(Guid dealId, int take = 50,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Deals.AnyAsync(d => d.Id == dealId, cancellationToken))
        {
            return null;
        }

        return await (
                from n in db.DealNotes.Where(n => n.DealId == dealId)
                join u in db.Users on n.AuthorId equals u.Id into authors
                from author in authors.DefaultIfEmpty()
                orderby n.CreatedAt descending, n.Id descending
                select new NoteItem(n.Id, n.Text, author == null ? null : author.DisplayName, n.CreatedAt))
            .Take(Math.Clamp(take, 1, IDealNoteService.MaxListSize))
            .ToListAsync(cancellationToken);
    }

    public async Task<Result<Guid>> AddAsync(Guid dealId, NoteDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (Validator.WhyInvalid(draft) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deal = await db.Deals.Where(d => d.Id == dealId)
            .Select(d => new { d.Id, d.WorkspaceId, d.StageId })
            .SingleOrDefaultAsync(cancellationToken);
        if (deal is null)
        {
            return Result.NotFound(DealMessages.NotFound);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        DealNote note;
        try
        {
            note = new DealNote(dealId, draft.Text.Trim(), user.UserId, now);
        }
        catch (DomainException e)
        {
            return Result.Invalid(nameof(NoteDraft.Text), e.Message);
        }

        db.DealNotes.Add(note);
        db.Activities.Add(Activity.Record(dealId, ActivityKind.NoteAdded, user.UserId, now, "Note: " + note.Text));
        await db.SaveChangesAsync(cancellationToken);
        await DealAnnouncements.AnnounceAsync(db, changes, now, DealChangeKind.Worked, [dealId], user.UserId, log,
            cancellationToken: CancellationToken.None);
        return Result<Guid>.Ok(note.Id);
    }
}
