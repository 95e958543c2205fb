using DealDesk.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Persistence;

/// <summary>The one optimistic-concurrency check every service uses before it edits or deletes a versioned row, and
/// the one save that turns a lost race into a <see cref="Result.Conflict"/>: the form or card carries the
/// <see cref="IConcurrencyVersioned.Version"/> it loaded, and the save must be made against that version, not against
/// whatever the service just read.</summary>
internal static class ConcurrencyVersions
{
    /// <summary>Makes the UPDATE or DELETE of <paramref name="entity"/> conditional on the version the user saw, so that
    /// a save racing another one committed after this load still fails (see <see cref="SaveOrConflictAsync"/>) instead
    /// of overwriting it. <paramref name="conflict"/> as a conflict when the row already holds another version (or the
    /// caller sent none): the user worked on a stale copy and nothing may be written; <c>null</c> when the edit may go
    /// on.</summary>
    public static Result? ExpectVersion<T>(this DealDeskDbContext db, T entity, byte[]? seen, string conflict)
        where T : class, IConcurrencyVersioned
    {
        // A row written before it had a version holds an empty one, which an edit loaded from it carries back.
        if (seen is null || !(entity.Version ?? []).AsSpan().SequenceEqual(seen))
        {
            return Result.Conflict(conflict);
        }

        db.Entry(entity).Property(nameof(IConcurrencyVersioned.Version)).OriginalValue = seen;
        return null;
    }

    /// <summary>Saves; a row changed or removed by someone else since it was read (EF Core's
    /// <see cref="DbUpdateConcurrencyException"/>) becomes <paramref name="conflict"/> as a conflict, and nothing was
    /// written. Other failures go on up, for callers that tell a lost race for a unique name apart.</summary>
    public static async Task<Result> SaveOrConflictAsync(this DbContext db, string conflict,
        CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Conflict(conflict);
        }
    }

    /// <summary>As <see cref="SaveOrConflictAsync"/>, for a row with a unique value the service checked before saving
    /// (an account's name, a contact's email): when another save took the value between the check and this save, the
    /// unique index refuses ours, and <paramref name="whyTaken"/> (asked again, in a fresh context, since this one is
    /// spoiled by the failed save) gives the same field message as the check did. Which constraint failed is
    /// provider-specific; asking the database again is not. Any other failure is a bug and goes on up.</summary>
    public static async Task<Result> SaveOrRefuseAsync(this DbContext db, string conflict,
        Func<CancellationToken, Task<Result?>> whyTaken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(whyTaken);
        try
        {
            return await db.SaveOrConflictAsync(conflict, cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (await whyTaken(cancellationToken) is { } taken)
            {
                return taken;
            }

            throw;
        }
    }
}
