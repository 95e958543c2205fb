using DealDesk.Core.Common;
using DealDesk.Core.Plans;
using DealDesk.Data.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Plans;

/// <summary>A plan as numbered versions of a JSON document, for either plan kind: every read first checks that the
/// plan's owner (a deal or an account) is visible, a save is refused as a conflict unless it is based on the latest
/// version, and the unique version number settles two saves racing for the same number.</summary>
/// <typeparam name="TPlan">The plan document.</typeparam>
/// <typeparam name="TVersion">The stored version row.</typeparam>
internal abstract class PlanStore<TPlan, TVersion>(
    IDbContextFactory<DealDeskDbContext> contexts,
    ICurrentUser user,
    TimeProvider clock) : IPlanVersions<TPlan>
    where TPlan : class, new()
    where TVersion : PlanVersion
{
    /// <summary>One context per operation.</summary>
    protected IDbContextFactory<DealDeskDbContext> Contexts => contexts;

    /// <summary>Who saves.</summary>
    protected ICurrentUser User => user;

    /// <summary>The clock saves are stamped with.</summary>
    protected TimeProvider Clock => clock;

    /// <summary>The Core rules of the document, checked again on every save.</summary>
    protected abstract IValidator<TPlan> Validator { get; }

    /// <summary>What a user is told when the owner does not exist or is out of reach.</summary>
    protected abstract string OwnerNotFound { get; }

    public async Task<Result<PlanSnapshot<TPlan>>> GetLatestAsync(Guid ownerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await OwnerVisibleAsync(db, ownerId, cancellationToken))
        {
            return NotFound<PlanSnapshot<TPlan>>();
        }

        var latest = await PlanDocuments.WithSaver(db, Versions(db, ownerId).OrderByDescending(v => v.Number))
            .FirstOrDefaultAsync(cancellationToken);
        return Result<PlanSnapshot<TPlan>>.Ok(PlanDocuments.Snapshot<TPlan>(latest));
    }

    public async Task<Result<PlanSnapshot<TPlan>>> GetVersionAsync(Guid ownerId, int number,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await OwnerVisibleAsync(db, ownerId, cancellationToken))
        {
            return NotFound<PlanSnapshot<TPlan>>();
        }

        var stored = await PlanDocuments.WithSaver(db, Versions(db, ownerId).Where(v => v.Number == number))
            .SingleOrDefaultAsync(cancellationToken);
        return stored is null
            ? Result.NotFound(PlanMessages.VersionNotFound)
            : Result<PlanSnapshot<TPlan>>.Ok(PlanDocuments.Snapshot<TPlan>(stored));
    }

    public async Task<Result<IReadOnlyList<PlanVersionInfo>>> ListVersionsAsync(Guid ownerId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await OwnerVisibleAsync(db, ownerId, cancellationToken))
        {
            return NotFound<IReadOnlyList<PlanVersionInfo>>();
        }

        return Result<IReadOnlyList<PlanVersionInfo>>.Ok(
            await PlanDocuments.ListAsync(db, Versions(db, ownerId), cancellationToken));
    }

    public async Task<Result<int>> SaveAsync(Guid ownerId, TPlan plan, int? basedOn,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (Validator.WhyInvalid(plan) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await OwnerVisibleAsync(db, ownerId, cancellationToken))
        {
            return NotFound<int>();
        }

        var latest = await Versions(db, ownerId).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        if (latest != (basedOn ?? 0))
        {
            LogConflict(ownerId, basedOn ?? 0, latest);
            return Result.Conflict(PlanMessages.Conflict);
        }

        var number = latest + 1;
        AddVersion(db, ownerId, number, PlanDocuments.Write(plan), clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another save took this number between our check and our insert: the unique index refused ours.
            LogConflict(ownerId, latest, number);
            return Result.Conflict(PlanMessages.Conflict);
        }

        LogSaved(ownerId, number);
        await OnSavedAsync(db, ownerId, cancellationToken);
        return Result<int>.Ok(number);
    }

    /// <summary>The owner exists and the user may see it (the tenant and circle filters apply).</summary>
    protected abstract Task<bool> OwnerVisibleAsync(DealDeskDbContext db, Guid ownerId, CancellationToken cancellationToken);

    /// <summary>The owner's stored versions.</summary>
    protected abstract IQueryable<TVersion> Versions(DealDeskDbContext db, Guid ownerId);

    /// <summary>Adds version <paramref name="number"/>, and whatever is recorded with it, to the same save.</summary>
    protected abstract void AddVersion(DealDeskDbContext db, Guid ownerId, int number, string document, DateTime now);

    /// <summary>After a version is committed, e.g. to announce it.</summary>
    protected virtual Task OnSavedAsync(DealDeskDbContext db, Guid ownerId, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected abstract void LogSaved(Guid ownerId, int number);

    protected abstract void LogConflict(Guid ownerId, int basedOn, int latest);

    protected Result<T> NotFound<T>() => Result.NotFound(OwnerNotFound);
}
