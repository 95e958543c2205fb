using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Core.Contacts;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Contacts;

/// <summary>Contact writes for the current user: the role in the contact's circle checked first (and a refusal
/// logged) through <see cref="ICircleAccess"/>, the Core rules enforced again, one SaveChanges (one transaction) each,
/// guarded by the contact's version.</summary>
internal sealed partial class ContactService(
    IDbContextFactory<DealDeskDbContext> contexts,
    ICircleAccess access,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<ContactService> log) : IContactService
{
    private static readonly ContactDraftValidator Validator = new();

    public async Task<Result<Guid>> CreateAsync(Guid circleId, ContactDraft draft,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (await access.CheckAsync(circleId, CircleAction.CreateContact, "new contact", cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Validator.WhyInvalid(draft) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await EmailTakenAsync(db, circleId, draft.Email, exceptId: null, cancellationToken) is { } taken)
        {
            return taken;
        }

        Contact contact;
        try
        {
            contact = new Contact(circleId, draft.Name, draft.Email, user.UserId, Now(), draft.Phone, draft.Company,
                draft.Status, draft.FunnelStage);
        }
        catch (DomainException e)
        {
            return Result.Invalid("", e.Message);
        }

        db.Contacts.Add(contact);
        var saved = await SaveAsync(db, contact, cancellationToken);
        if (!saved.Succeeded)
        {
            return saved;
        }

        LogCreated(contact.Id, circleId);
        return Result<Guid>.Ok(contact.Id);
    }

    public async Task<Result> UpdateAsync(Guid contactId, ContactDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await access.FindContactAsync(db, contactId, CircleAction.UpdateContact, cancellationToken);
        if (found.Value is not { } contact)
        {
            return found;
        }

        if (Validator.WhyInvalid(draft) is { } invalid)
        {
            return invalid;
        }

        if (db.ExpectVersion(contact, draft.Version, ContactMessages.Conflict) is { } stale)
        {
            return stale;
        }

        if (await EmailTakenAsync(db, contact.CircleId, draft.Email, contactId, cancellationToken) is { } taken)
        {
            return taken;
        }

        try
        {
            contact.Update(draft.Name, draft.Email, draft.Phone, draft.Company, draft.Status, draft.FunnelStage, Now());
        }
        catch (DomainException e)
        {
            return Result.Invalid("", e.Message);
        }

        var saved = await SaveAsync(db, contact, cancellationToken);
        if (saved.Succeeded)
        {
            LogUpdated(contactId);
        }

        return saved;
    }

    public async Task<Result> MoveAsync(Guid contactId, FunnelStage stage, byte[] version,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await access.FindContactAsync(db, contactId, CircleAction.UpdateContact, cancellationToken);
        if (found.Value is not { } contact)
        {
            return found;
        }

        if (!Enum.IsDefined(stage))
        {
            return Result.Invalid(nameof(ContactDraft.FunnelStage), "Choose a funnel stage.");
        }

        if (db.ExpectVersion(contact, version, ContactMessages.Conflict) is { } stale)
        {
            return stale;
        }

        var from = contact.FunnelStage;
        // A drag is not contact with the person: last contact stays (seed 003's "every update moves last contact"
        // is for edits and notes, see Contact.LastContactAt); the status follows the stage.
        contact.MoveToFunnelStage(stage);
        var saved = await SaveAsync(db, contact, cancellationToken);
        if (saved.Succeeded)
        {
            LogMoved(contactId, from, stage);
        }

        return saved;
    }

    public async Task<Result> DeleteAsync(Guid contactId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await access.FindContactAsync(db, contactId, CircleAction.DeleteContact, cancellationToken);
        if (found.Value is not { } contact)
        {
            return found;
        }

        // The notes go with it (the foreign key cascades); deals and stakeholders that named it keep their rows and
        // lose the link.
        db.Contacts.Remove(contact);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.NotFound(ContactMessages.NotFound);
        }

        LogDeleted(contactId);
        return Result.Ok();
    }

    /// <summary>Saves, turning a lost race for the email (another save took it after our check and the unique index
    /// refused ours) into the same field message as the check, and a lost race for the row into a conflict.</summary>
    private async Task<Result> SaveAsync(DealDeskDbContext db, Contact contact, CancellationToken cancellationToken)
    {
        var saved = await db.SaveOrRefuseAsync(ContactMessages.Conflict, async token =>
        {
            await using var fresh = await contexts.CreateDbContextAsync(token);
            return await EmailTakenAsync(fresh, contact.CircleId, contact.Email, contact.Id, token);
        }, cancellationToken);
        if (saved.Status == ResultStatus.Conflict)
        {
            LogConflict(contact.Id);
        }
        else if (!saved.Succeeded)
        {
            LogEmailRace(contact.Id);
        }

        return saved;
    }

    private static async Task<Result?> EmailTakenAsync(DealDeskDbContext db, Guid circleId, string email, Guid? exceptId,
        CancellationToken cancellationToken)
    {
        var normalized = Contact.NormalizeEmail(email);
        var existing = await db.Contacts
            .Where(c => c.CircleId == circleId && c.NormalizedEmail == normalized && c.Id != exceptId)
            .Select(c => c.Name)
            .FirstOrDefaultAsync(cancellationToken);
        return existing is null ? null : Result.Invalid(nameof(ContactDraft.Email), ContactMessages.EmailTaken(existing));
    }


    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    [LoggerMessage(LogLevel.Information, "Contact {ContactId} created in circle {CircleId}")]
    private partial void LogCreated(Guid contactId, Guid circleId);

    [LoggerMessage(LogLevel.Information, "Contact {ContactId} updated")]
    private partial void LogUpdated(Guid contactId);

    [LoggerMessage(LogLevel.Information, "Contact {ContactId} moved from {From} to {To}")]
    private partial void LogMoved(Guid contactId, FunnelStage from, FunnelStage to);

    [LoggerMessage(LogLevel.Information, "Contact {ContactId} deleted")]
    private partial void LogDeleted(Guid contactId);

    [LoggerMessage(LogLevel.Information, "Contact {ContactId} not saved: changed by someone else first")]
    private partial void LogConflict(Guid contactId);

    [LoggerMessage(LogLevel.Information, "Contact {ContactId} not saved: its email was taken by another save first")]
    private partial void LogEmailRace(Guid contactId);
}
