using DealDesk.Core.Common;

namespace DealDesk.Data.Persistence;

/// <summary>The one optimistic-concurrency check every service uses before it edits or deletes a versioned row: the
/// form or card carries the <see cref="IConcurrencyVersioned.Version"/> it loaded, and the save must be made against
/// that version, not against whatever the service just read.</summary>
internal static class ConcurrencyVersions
{
    /// <summary>Makes the UPDATE or DELETE of <paramref name="entity"/> conditional on the version the user saw, so that
    /// a save racing another one committed after this load still fails (EF Core raises
    /// <c>DbUpdateConcurrencyException</c>, which the service turns into <see cref="Result.Conflict"/>) instead of
    /// overwriting it. False when the row already holds another version (or the caller sent none): the user worked on
    /// a stale copy and nothing may be written.</summary>
    public static bool ExpectVersion<T>(this DealDeskDbContext db, T entity, byte[]? seen)
        where T : class, IConcurrencyVersioned
    {
        // A row written before it had a version holds an empty one, which an edit loaded from it carries back.
        if (seen is null || !(entity.Version ?? []).AsSpan().SequenceEqual(seen))
        {
            return false;
        }

        db.Entry(entity).Property(nameof(IConcurrencyVersioned.Version)).OriginalValue = seen;
        return true;
    }
}
