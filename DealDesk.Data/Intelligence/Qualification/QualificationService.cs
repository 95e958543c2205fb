using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Core.Intelligence.Qualification;
using DealDesk.Data.Intelligence.Stakeholders;
using DealDesk.Data.Deals;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Intelligence.Qualification;

/// <summary>MEDDPICC writes: validated, each in one SaveChanges with its timeline entry, then announced as work on the
/// deal together with its recalculated health, so that the page shows the new score at once.</summary>
internal sealed class QualificationService(
    IDbContextFactory<DealDeskDbContext> contexts,
    ICurrentUser user,
    TimeProvider clock,
    IDealChangeFeed changes,
    ILogger<QualificationService> log) : IQualificationService
{
    private const string DealNotFound = "This deal no longer exists or is not visible to you.";

    private static readonly ElementDraftValidator ElementValidator = new();
    private static readonly EvidenceDraftValidator EvidenceValidator = new();

    public async Task<Result> UpdateElementAsync(Guid dealId, ElementDraft draft,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (ElementValidator.WhyInvalid(draft) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deal = await VisibleDealAsync(db, dealId, cancellationToken);
        if (deal is null)
        {
            return Result.NotFound(DealNotFound);
        }

        var row = await db.DealQualifications
            .SingleOrDefaultAsync(q => q.DealId == dealId && q.Element == draft.Element, cancellationToken);
        if (row is null)
        {
            // Assessed for the first time; a first assessment racing another one loses on the unique index.
            row = new DealQualification(dealId, draft.Element);
            db.DealQualifications.Add(row);
        }
        else if (db.ExpectVersion(row, draft.Version, QualificationMessages.ElementConflict) is { } stale)
        {
            return stale;
        }

        var before = (row.Status, row.Score, row.Summary);
        var now = Now();
        try
        {
            row.Assess(draft.Status, draft.Score, string.IsNullOrWhiteSpace(draft.Summary) ? null : draft.Summary.Trim(),
                user.UserId, now);
        }
        catch (DomainException e)
        {
            return Result.Invalid("", e.Message);
        }

        if (before == (row.Status, row.Score, row.Summary) && db.Entry(row).State != EntityState.Added)
        {
            return Result.Ok();
        }

        db.Activities.Add(Activity.Record(dealId, ActivityKind.QualificationChanged, user.UserId, now,
            Describe(draft.Element, before.Status, before.Score, row.Status, row.Score)));
        try
        {
            if (await db.SaveOrConflictAsync(QualificationMessages.ElementConflict, cancellationToken)
                is { Succeeded: false } lost)
            {
                return lost;
            }
        }
        catch (DbUpdateException)
        {
            // The unique index refusing a second first assessment: someone else's was saved first and is kept.
            return Result.Conflict(QualificationMessages.ElementConflict);
        }

        await AfterWorkAsync(deal);
        return Result.Ok();
    }

    public async Task<Result<Guid>> AddEvidenceAsync(Guid dealId, EvidenceDraft draft,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (EvidenceValidator.WhyInvalid(draft) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deal = await VisibleDealAsync(db, dealId, cancellationToken);
        if (deal is null)
        {
            return Result.NotFound(DealNotFound);
        }

        var now = Now();
        IntelligenceEvidence evidence;
        try
        {
            evidence = new IntelligenceEvidence(dealId, draft.Element, draft.Kind, draft.Text.Trim(), draft.Source,
                draft.Confidence, draft.ObservedOn ?? DateOnly.FromDateTime(now), user.UserId, now);
        }
        catch (DomainException e)
        {
            return Result.Invalid("", e.Message);
        }

        db.IntelligenceEvidence.Add(evidence);
        db.Activities.Add(Activity.Record(dealId, ActivityKind.QualificationChanged, user.UserId, now,
            $"{draft.Kind} added{On("to", draft.Element)}: {evidence.Text}"));
        await db.SaveChangesAsync(cancellationToken);
        await AfterWorkAsync(deal);
        return Result<Guid>.Ok(evidence.Id);
    }

    public async Task<Result> RemoveEvidenceAsync(Guid dealId, Guid evidenceId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deal = await VisibleDealAsync(db, dealId, cancellationToken);
        if (deal is null)
        {
            return Result.NotFound(DealNotFound);
        }

        var evidence = await db.IntelligenceEvidence
            .SingleOrDefaultAsync(e => e.Id == evidenceId && e.DealId == dealId, cancellationToken);
        if (evidence is null)
        {
            return Result.NotFound("That evidence was already removed.");
        }

        db.IntelligenceEvidence.Remove(evidence);
        db.Activities.Add(Activity.Record(dealId, ActivityKind.QualificationChanged, user.UserId, Now(),
            $"{evidence.Kind} removed{On("from", evidence.Element)}: {evidence.Text}"));
        await db.SaveChangesAsync(cancellationToken);
        await AfterWorkAsync(deal);
        return Result.Ok();
    }

    private sealed record VisibleDeal(Guid Id, Guid WorkspaceId, Guid StageId);

    // The deal query runs the tenant and circle filters; qualification rows have none of their own.
    private static Task<VisibleDeal?> VisibleDealAsync(DealDeskDbContext db, Guid dealId,
        CancellationToken cancellationToken) =>
        db.Deals.Where(d => d.Id == dealId)
            .Select(d => new VisibleDeal(d.Id, d.WorkspaceId, d.StageId))
            .SingleOrDefaultAsync(cancellationToken);

    // One announcement with the new health, so that the page shows the new score at once and reloads once. From a
    // context of its own and not cancelled: the write is committed.
    private async Task AfterWorkAsync(VisibleDeal deal)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await DealAnnouncements.AnnounceAsync(db, changes, Now(), DealChangeKind.Worked, [deal.Id], user.UserId, log,
            cancellationToken: CancellationToken.None);
    }

    private static string Describe(MeddpiccElement element, QualificationStatus oldStatus, int? oldScore,
        QualificationStatus newStatus, int? newScore)
    {
        var label = MeddpiccElements.Label(element);
        var text = oldStatus == newStatus
            ? $"{label} reassessed ({newStatus})"
            : $"{label} changed from {oldStatus} to {newStatus}";
        return oldScore == newScore ? text : $"{text}, score {oldScore?.ToString() ?? "(none)"} → {newScore?.ToString() ?? "(none)"}";
    }

    private static string On(string preposition, MeddpiccElement? element) =>
        element is { } e ? $" {preposition} {MeddpiccElements.Label(e)}" : "";

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
