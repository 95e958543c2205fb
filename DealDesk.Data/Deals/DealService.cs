using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Notifications;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Deals;

/// <summary>Deal writes for the current user: the role in the deal's circle (and in the circle a draft names) checked
/// first through <see cref="ICircleAccess"/>, as for contacts and KPIs; validated again here whatever the form checked,
/// one SaveChanges (one transaction) each, guarded by the concurrency token, and announced on the change feed once
/// committed. The owner's notification of a write made by someone else (<see cref="OwnerNotices"/>) is part of that
/// transaction.</summary>
internal sealed partial class DealService(
    IDbContextFactory<DealDeskDbContext> contexts,
    ICurrentUser user,
    TimeProvider clock,
    IDealChangeFeed changes,
    ILogger<DealService> log,
    INotificationFeed notifications,
    ICircleAccess access) : IDealService
{
    private static readonly DealDraftValidator Validator = new();

    public async Task<DealFormOptions> GetFormOptionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var currency = await db.Workspaces.Select(w => w.Currency).SingleOrDefaultAsync(cancellationToken)
            ?? Money.DefaultCurrency;
        var stages = await db.PipelineStages.OrderBy(s => s.Order)
            .Select(s => new StageOption(s.Id, s.Name, s.Kind, s.Order, s.DefaultProbability, s.RottingDays))
            .ToListAsync(cancellationToken);
        var circles = await db.Circles.OrderBy(c => c.Name).Select(c => new NamedOption(c.Id, c.Name))
            .ToListAsync(cancellationToken);
        var owners = await DealReferences.OwnersOf(db, circles.Select(c => c.Id).ToList())
            .OrderBy(u => u.DisplayName)
            .Select(u => new NamedOption(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
        return new DealFormOptions(stages, circles, owners, currency);
    }

    public async Task<DealDraft?> GetDraftAsync(Guid dealId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Deals.Where(d => d.Id == dealId)
            .Select(d => new DealDraft
            {
                Name = d.Name,
                AccountId = d.AccountId,
                CircleId = d.CircleId,
                StageId = d.StageId,
                LostReason = d.LostReason,
                OwnerId = d.OwnerId,
                Value = d.Value,
                Currency = d.Currency,
                ExpectedCloseDate = d.ExpectedCloseDate,
                Priority = d.Priority,
                ProductLine = d.ProductLine,
                Version = d.Version,
            })
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<Result<Guid>> CreateAsync(DealDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var added = await DealCreation.AddAsync(db, access, draft, user.UserId, Now(), cancellationToken);
        if (!added.Succeeded)
        {
            return (Result)added;
        }

        var deal = added.Value!;
        var actor = await ActorNameAsync(db, cancellationToken);
        var notified = Notify(db, OwnerNotices.DealCreated(deal.Id, deal.Name, deal.OwnerId, user.UserId, actor, Now()));
        await db.SaveChangesAsync(cancellationToken);
        LogCreated(deal.Id, deal.StageId);
        await AnnounceAsync(db, deal, DealChangeKind.Created, fromStage: null, before: null);
        Ring(notified);
        return Result<Guid>.Ok(deal.Id);
    }

    public async Task<Result> UpdateAsync(Guid dealId, DealDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (Validator.WhyInvalid(draft) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deal = await db.Deals.SingleOrDefaultAsync(d => d.Id == dealId, cancellationToken);
        if (deal is null)
        {
            return Result.NotFound(DealMessages.NotFound);
        }

        if (db.ExpectVersion(deal, draft.Version, DealMessages.Conflict) is { } stale)
        {
            return stale;
        }

        // The draft's circle is judged with the other references: updating the deal where it is, or, for a deal moved
        // to another circle, what creating one there takes; leaving its circle is updating it there.
        var moving = draft.CircleId != deal.CircleId;
        if (moving && await access.CheckAsync(deal.CircleId, CircleAction.UpdateDeal, Target(dealId), cancellationToken)
                is { } refused)
        {
            return refused;
        }

        var references = await DealReferences.CheckAsync(db, access, draft,
            moving ? CircleAction.CreateDeal : CircleAction.UpdateDeal, cancellationToken);
        if (!references.Succeeded)
        {
            return references;
        }

        var fromStage = deal.StageId;
        var before = Fields.Of(deal);
        var factsBefore = await DealAnnouncements.BeforeAsync(db, deal, cancellationToken);
        var now = Now();
        try
        {
            deal.Rename(draft.Name);
            deal.ChangeAccount(draft.AccountId!.Value);
            deal.MoveToCircle(draft.CircleId!.Value);
            deal.AssignTo(draft.OwnerId);
            deal.SetValue(draft.Value!.Value, draft.Currency);
            deal.ExpectCloseOn(draft.ExpectedCloseDate);
            deal.Prioritize(draft.Priority);
            deal.SetProductLine(draft.ProductLine);
            deal.MoveTo(references.Value!, user.UserId, now, draft.LostReason);
        }
        catch (DomainException e)
        {
            return Result.Invalid("", e.Message);
        }

        await RecordFieldChangesAsync(db, before, deal, now, cancellationToken);
        if (fromStage != deal.StageId)
        {
            await RecordMoveAsync(db, deal, fromStage, user.UserId, now, cancellationToken);
        }

        // A new owner hears that the deal is theirs (its stage is on the page they open); an owner who keeps the deal
        // hears that someone else moved it.
        Guid? notified = null;
        if (before.OwnerId != deal.OwnerId || fromStage != deal.StageId)
        {
            var actor = await ActorNameAsync(db, cancellationToken);
            notified = Notify(db, before.OwnerId != deal.OwnerId
                ? OwnerNotices.DealHandedOver(deal.Id, deal.Name, deal.OwnerId, user.UserId, actor, now)
                : OwnerNotices.DealMoved(deal.Id, deal.Name, deal.OwnerId, user.UserId, actor, references.Value!.Name, now));
        }

        return await SaveAndAnnounceAsync(db, deal, fromStage == deal.StageId ? DealChangeKind.Updated : DealChangeKind.Moved,
            fromStage, factsBefore, notified, cancellationToken);
    }

    public async Task<Result> MoveAsync(Guid dealId, Guid stageId, string? lostReason, byte[] version,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deal = await db.Deals.SingleOrDefaultAsync(d => d.Id == dealId, cancellationToken);
        if (deal is null)
        {
            return Result.NotFound(DealMessages.NotFound);
        }

        if (db.ExpectVersion(deal, version, DealMessages.Conflict) is { } stale)
        {
            return stale;
        }

        if (await access.CheckAsync(deal.CircleId, CircleAction.UpdateDeal, Target(dealId), cancellationToken)
            is { } refused)
        {
            return refused;
        }

        var stage = await db.PipelineStages.SingleOrDefaultAsync(s => s.Id == stageId, cancellationToken);
        if (stage is null)
        {
            return Result.NotFound("That stage no longer exists — reload the pipeline.");
        }

        if (Deal.WhyCannotEnter(stage.Kind, lostReason) is { } refusal)
        {
            return Result.Invalid(nameof(DealDraft.LostReason), refusal);
        }

        var fromStage = deal.StageId;
        var factsBefore = await DealAnnouncements.BeforeAsync(db, deal, cancellationToken);
        var now = Now();
        try
        {
            if (deal.MoveTo(stage, user.UserId, now, lostReason) is null)
            {
                return Result.Ok();
            }
        }
        catch (DomainException e)
        {
            return Result.Invalid(nameof(DealDraft.LostReason), e.Message);
        }

        await RecordMoveAsync(db, deal, fromStage, user.UserId, now, cancellationToken);
        var actor = await ActorNameAsync(db, cancellationToken);
        var notified = Notify(db, OwnerNotices.DealMoved(deal.Id, deal.Name, deal.OwnerId, user.UserId, actor, stage.Name, now));

        return await SaveAndAnnounceAsync(db, deal, DealChangeKind.Moved, fromStage, factsBefore, notified,
            cancellationToken);
    }

    private async Task<Result> SaveAndAnnounceAsync(DealDeskDbContext db, Deal deal, DealChangeKind kind, Guid fromStage,
        IReadOnlyDictionary<Guid, DealFacts> factsBefore, Guid? notified, CancellationToken cancellationToken)
    {
        var saved = await db.SaveOrConflictAsync(DealMessages.Conflict, cancellationToken);
        if (!saved.Succeeded)
        {
            LogConflict(deal.Id);
            return saved;
        }

        if (kind == DealChangeKind.Moved)
        {
            LogMoved(deal.Id, fromStage, deal.StageId);
        }

        await AnnounceAsync(db, deal, kind, fromStage, factsBefore);
        Ring(notified);
        return Result.Ok();
    }

    /// <summary>Adds <paramref name="notice"/> to the write's transaction; whom it is for, to ring their bell once
    /// committed.</summary>
    private static Guid? Notify(DealDeskDbContext db, Notification? notice)
    {
        if (notice is null)
        {
            return null;
        }

        db.Notifications.Add(notice);
        return notice.RecipientId;
    }

    private void Ring(Guid? recipientId)
    {
        if (recipientId is { } userId)
        {
            notifications.Publish(userId);
        }
    }

    private async Task<string> ActorNameAsync(DealDeskDbContext db, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == user.UserId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
        ?? "Someone";

    // The new health goes out with the change, so a move reaches each page once. Not cancelled: the write is committed.
    private Task AnnounceAsync(DealDeskDbContext db, Deal deal, DealChangeKind kind, Guid? fromStage,
        IReadOnlyDictionary<Guid, DealFacts>? before) =>
        DealAnnouncements.AnnounceAsync(db, changes, Now(), kind, [deal.Id], user.UserId, log, fromStage, before,
            CancellationToken.None);

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    /// <summary>The target of a refusal in the logs: an id, never a name.</summary>
    private static string Target(Guid dealId) => $"deal {dealId}";

    [LoggerMessage(LogLevel.Information, "Deal {DealId} created in stage {StageId}")]
    private partial void LogCreated(Guid dealId, Guid stageId);

    [LoggerMessage(LogLevel.Information, "Deal {DealId} moved from stage {FromStageId} to {ToStageId}")]
    private partial void LogMoved(Guid dealId, Guid fromStageId, Guid toStageId);

    [LoggerMessage(LogLevel.Information, "Deal {DealId} not saved: changed by someone else first")]
    private partial void LogConflict(Guid dealId);
}
