using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Core.Intelligence.Qualification;
using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Data.Deals;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Intelligence.Stakeholders;

/// <summary>The political map of a deal's account. Stakeholders carry no circle, so every call first checks that the
/// deal is visible through the tenant and circle filters and only then touches the account's people. A write records
/// its timeline entry on every open deal of the account (and the deal it was made from) in the same SaveChanges,
/// because the map is part of each of those deals' story.</summary>
internal sealed partial class StakeholderService(
    IDbContextFactory<DealDeskDbContext> contexts,
    ICurrentUser user,
    TimeProvider clock,
    IDealChangeFeed changes,
    ILogger<StakeholderService> log) : IStakeholderService
{
    private static readonly StakeholderDraftValidator Validator = new();

    public async Task<Result<StakeholderMap>> GetMapAsync(Guid dealId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deal = await db.Deals.Where(d => d.Id == dealId)
            .Select(d => new { d.AccountId, AccountName = db.Accounts.Where(a => a.Id == d.AccountId).Select(a => a.Name).First() })
            .SingleOrDefaultAsync(cancellationToken);
        if (deal is null)
        {
            return Result.NotFound(StakeholderMessages.DealNotFound);
        }

        var people = await db.Stakeholders.AsNoTracking()
            .Where(s => s.AccountId == deal.AccountId)
            .OrderBy(s => s.Name).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        // The deal's own MEDDPICC knows of a champion or economic buyer too: the warnings follow the rule health uses.
        var assessments = await db.DealQualifications.AsNoTracking()
            .Where(q => q.DealId == dealId
                && (q.Element == MeddpiccElement.Champion || q.Element == MeddpiccElement.EconomicBuyer))
            .Select(q => new ElementAssessment(q.Element, q.Status, q.Score))
            .ToListAsync(cancellationToken);
        var now = Now();
        var cards = people.Select(p => StakeholderCard.Of(p, now)).ToList();
        return Result<StakeholderMap>.Ok(new StakeholderMap(deal.AccountId, deal.AccountName, cards,
            StakeholderWarnings.Evaluate(cards, assessments)));
    }

    public async Task<Result<Guid>> AddAsync(Guid dealId, StakeholderDraft draft,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (Validator.WhyInvalid(draft) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await AccountOfAsync(db, dealId, cancellationToken) is not { } accountId)
        {
            return Result.NotFound(StakeholderMessages.DealNotFound);
        }

        if (draft.ContactId is { } contactId && !await db.Contacts.AnyAsync(c => c.Id == contactId, cancellationToken))
        {
            return Result.Invalid(nameof(StakeholderDraft.ContactId), StakeholderMessages.ContactNotFound);
        }

        if (await EmailTakenAsync(db, accountId, draft.Email, exceptId: null, cancellationToken) is { } taken)
        {
            return taken;
        }

        Stakeholder stakeholder;
        try
        {
            stakeholder = new Stakeholder(accountId, draft.Name, draft.Email, draft.Title, draft.ContactId);
            stakeholder.PlayRoles(draft.Roles);
            stakeholder.Note(draft.Notes);
            stakeholder.ApplyTitleHeuristic();
            stakeholder.Score(
                await OverrideAsync(db, draft.DecisionPower, draft.ScoreEvidence, cancellationToken),
                await OverrideAsync(db, draft.Influence, draft.ScoreEvidence, cancellationToken),
                await OverrideAsync(db, draft.Relationship, draft.ScoreEvidence, cancellationToken));
        }
        catch (DomainException e)
        {
            return Result.Invalid("", e.Message);
        }

        db.Stakeholders.Add(stakeholder);
        var title = stakeholder.Title is null ? "" : $" ({stakeholder.Title})";
        var saved = await RecordAndSaveAsync(db, dealId, accountId, stakeholder, ActivityKind.StakeholderAdded,
            $"Added {stakeholder.Name}{title} to the political map as {StakeholderLabels.Roles(stakeholder.Roles)}",
            cancellationToken);
        return saved.Succeeded ? Result<Guid>.Ok(stakeholder.Id) : saved;
    }

    public async Task<Result> UpdateAsync(Guid dealId, Guid stakeholderId, StakeholderDraft draft,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (Validator.WhyInvalid(draft) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await FindAsync(db, dealId, stakeholderId, cancellationToken);
        if (found.Stakeholder is not { } stakeholder)
        {
            return found.Failure!;
        }

        if (await EmailTakenAsync(db, stakeholder.AccountId, draft.Email, stakeholderId, cancellationToken) is { } taken)
        {
            return taken;
        }

        if (db.ExpectVersion(stakeholder, draft.Version, StakeholderMessages.Conflict) is { } stale)
        {
            LogConflict(stakeholderId);
            return stale;
        }

        var before = StakeholderChanges.Snapshot(stakeholder);
        try
        {
            stakeholder.Describe(draft.Name, draft.Email, draft.Title);
            stakeholder.PlayRoles(draft.Roles);
            stakeholder.Note(draft.Notes);
            if (!string.Equals(before.Title, stakeholder.Title, StringComparison.Ordinal))
            {
                stakeholder.ApplyTitleHeuristic();
            }

            stakeholder.Score(
                await OverrideAsync(db, draft.DecisionPower, draft.ScoreEvidence, cancellationToken),
                await OverrideAsync(db, draft.Influence, draft.ScoreEvidence, cancellationToken),
                await OverrideAsync(db, draft.Relationship, draft.ScoreEvidence, cancellationToken));
        }
        catch (DomainException e)
        {
            return Result.Invalid("", e.Message);
        }

        return await RecordChangesAsync(db, dealId, stakeholder, before, cancellationToken);
    }

    public async Task<Result> SetScoreAsync(Guid dealId, Guid stakeholderId, StakeholderScoreKind kind, int value,
        string? evidence, byte[] version, CancellationToken cancellationToken = default)
    {
        if (StakeholderScore.WhyNotAScore(value) is { } badValue)
        {
            return Result.Invalid("Value", badValue);
        }

        if (StakeholderScore.WhyNotEvidence(evidence) is { } badEvidence)
        {
            return Result.Invalid("Evidence", badEvidence);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await FindAsync(db, dealId, stakeholderId, cancellationToken);
        if (found.Stakeholder is not { } stakeholder)
        {
            return found.Failure!;
        }

        if (db.ExpectVersion(stakeholder, version, StakeholderMessages.Conflict) is { } stale)
        {
            LogConflict(stakeholderId);
            return stale;
        }

        var before = StakeholderChanges.Snapshot(stakeholder);
        var score = await OverrideAsync(db, value, evidence, cancellationToken);
        stakeholder.Score(
            kind == StakeholderScoreKind.DecisionPower ? score : null,
            kind == StakeholderScoreKind.Influence ? score : null,
            kind == StakeholderScoreKind.Relationship ? score : null);
        return await RecordChangesAsync(db, dealId, stakeholder, before, cancellationToken);
    }

    public async Task<Result> RemoveAsync(Guid dealId, Guid stakeholderId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await FindAsync(db, dealId, stakeholderId, cancellationToken);
        if (found.Stakeholder is not { } stakeholder)
        {
            return found.Failure!;
        }

        db.Stakeholders.Remove(stakeholder);
        return await RecordAndSaveAsync(db, dealId, stakeholder.AccountId, stakeholder,
            ActivityKind.StakeholderChanged, $"Removed {stakeholder.Name} from the political map", cancellationToken);
    }

    public async Task<IReadOnlyList<ContactOption>> FindContactsAsync(string? text, int take = 10,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contacts = db.Contacts.AsQueryable();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = "%" + DealFilters.EscapeLike(text.Trim()) + "%";
            contacts = contacts.Where(c => EF.Functions.Like(c.Name, pattern, DealFilters.LikeEscape)
                || EF.Functions.Like(c.Email, pattern, DealFilters.LikeEscape)
                || EF.Functions.Like(c.Company, pattern, DealFilters.LikeEscape));
        }

        return await contacts.OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Take(Math.Clamp(take, 1, 50))
            .Select(c => new ContactOption(c.Id, c.Name, c.Email, c.Company))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The account of <paramref name="dealId"/> when the user can see the deal.</summary>
    private static async Task<Guid?> AccountOfAsync(DealDeskDbContext db, Guid dealId,
        CancellationToken cancellationToken) =>
        await db.Deals.Where(d => d.Id == dealId).Select(d => (Guid?)d.AccountId).SingleOrDefaultAsync(cancellationToken);

    private static async Task<(Stakeholder? Stakeholder, Result? Failure)> FindAsync(DealDeskDbContext db, Guid dealId,
        Guid stakeholderId, CancellationToken cancellationToken)
    {
        if (await AccountOfAsync(db, dealId, cancellationToken) is not { } accountId)
        {
            return (null, Result.NotFound(StakeholderMessages.DealNotFound));
        }

        var stakeholder = await db.Stakeholders
            .SingleOrDefaultAsync(s => s.Id == stakeholderId && s.AccountId == accountId, cancellationToken);
        return stakeholder is null ? (null, Result.NotFound(StakeholderMessages.NotFound)) : (stakeholder, null);
    }

    private static async Task<Result?> EmailTakenAsync(DealDeskDbContext db, Guid accountId, string? email,
        Guid? exceptId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var normalized = email.Trim().ToUpperInvariant();
        var holder = await db.Stakeholders
            .Where(s => s.AccountId == accountId && s.NormalizedEmail == normalized && s.Id != exceptId)
            .Select(s => s.Name)
            .FirstOrDefaultAsync(cancellationToken);
        return holder is null
            ? null
            : Result.Invalid(nameof(StakeholderDraft.Email), StakeholderMessages.EmailTaken(holder));
    }

    /// <summary>A score set by hand, or <c>null</c> when <paramref name="value"/> is not given.</summary>
    private async Task<StakeholderScore?> OverrideAsync(DealDeskDbContext db, int? value, string? evidence,
        CancellationToken cancellationToken)
    {
        if (value is not { } score)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(evidence))
        {
            var name = await db.Users.Where(u => u.Id == user.UserId && u.WorkspaceId == db.Tenant.WorkspaceId)
                .Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
            evidence = StakeholderMessages.SetBy(name ?? "a user");
        }

        return new StakeholderScore(score, ScoreSource.HumanOverride, evidence);
    }

    private async Task<Result> RecordChangesAsync(DealDeskDbContext db, Guid dealId, Stakeholder stakeholder,
        StakeholderChanges.State before, CancellationToken cancellationToken)
    {
        var changed = StakeholderChanges.Describe(before, StakeholderChanges.Snapshot(stakeholder));
        if (changed.Count == 0)
        {
            return Result.Ok();
        }

        return await RecordAndSaveAsync(db, dealId, stakeholder.AccountId, stakeholder,
            ActivityKind.StakeholderChanged, $"{stakeholder.Name}: {string.Join("; ", changed)}", cancellationToken);
    }

    /// <summary>Adds the timeline entry to every open deal of the account (whatever circle it is in: the map is
    /// shared) and to the deal acted from, saves once, then announces each deal.</summary>
    private async Task<Result> RecordAndSaveAsync(DealDeskDbContext db, Guid dealId, Guid accountId,
        Stakeholder stakeholder, ActivityKind kind, string summary, CancellationToken cancellationToken)
    {
        var deals = await db.Deals.IgnoreQueryFilters([DealDeskDbContext.CircleFilter])
            .Where(d => d.AccountId == accountId && ((d.WonAt == null && d.LostAt == null) || d.Id == dealId))
            .Select(d => new { d.Id, d.StageId })
            .ToListAsync(cancellationToken);
        var now = Now();
        foreach (var deal in deals)
        {
            db.Activities.Add(Activity.Record(deal.Id, kind, user.UserId, now, summary));
        }

        try
        {
            if (await db.SaveOrConflictAsync(StakeholderMessages.Conflict, cancellationToken) is { Succeeded: false } lost)
            {
                LogConflict(stakeholder.Id);
                return lost;
            }
        }
        catch (DbUpdateException)
        {
            // Another save took the email after our check and the unique index refused ours.
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            if (await EmailTakenAsync(fresh, accountId, stakeholder.Email, stakeholder.Id, cancellationToken) is { } taken)
            {
                return taken;
            }

            throw;
        }

        LogSaved(stakeholder.Id, kind, deals.Count);
        await DealAnnouncements.AnnounceAsync(db, changes, Now(), DealChangeKind.Worked, [.. deals.Select(d => d.Id)],
            user.UserId, log, cancellationToken: CancellationToken.None);

        return Result.Ok();
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    [LoggerMessage(LogLevel.Information, "Stakeholder {StakeholderId}: {Kind} recorded on {DealCount} deals")]
    private partial void LogSaved(Guid stakeholderId, ActivityKind kind, int dealCount);

    [LoggerMessage(LogLevel.Information, "Stakeholder {StakeholderId} not saved: changed by someone else first")]
    private partial void LogConflict(Guid stakeholderId);
}
