using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DealDesk.Data.Persistence.Writing;

/// <summary>One row a write is about to store, as the write pipeline's steps read and stamp it: an entity tracked by
/// EF Core (<see cref="TrackedRow"/>, for SaveChanges and the tracked bulk insert) or one written straight from its
/// object (<see cref="Bulk.NewRow"/>). Steps see only this, so both paths store what the same code decided.</summary>
internal abstract class PendingRow
{
    public abstract object Entity { get; }

    public abstract IEntityType EntityType { get; }

    /// <summary>Added, Modified or Deleted: a row with nothing to write is not pending.</summary>
    public abstract EntityState State { get; }

    /// <summary>The value <paramref name="property"/> will be stored with.</summary>
    public abstract object? Current(string property);

    public abstract void SetCurrent(string property, object? value);

    /// <summary>The value <paramref name="property"/> was read with; for a new row, the value it is added with.</summary>
    public abstract object? Original(string property);
}
