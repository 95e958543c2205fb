using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DealDesk.Data.Persistence.Writing;

/// <summary>A pending row that EF Core tracks: stamps go through the entry, so the change tracker sees them.</summary>
internal sealed class TrackedRow(EntityEntry entry) : PendingRow
{
    public EntityEntry Entry { get; } = entry;

    public override object Entity => Entry.Entity;

    public override IEntityType EntityType => Entry.Metadata;

    public override EntityState State => Entry.State;

    public override object? Current(string property) => Entry.Property(property).CurrentValue;

    public override void SetCurrent(string property, object? value) => Entry.Property(property).CurrentValue = value;

    public override object? Original(string property) =>
        Entry.State == EntityState.Added ? Current(property) : Entry.Property(property).OriginalValue;

    /// <summary>The rows a save would write, changes detected first (the caller's edits to tracked objects).</summary>
    public static List<PendingRow> PendingIn(DbContext db) =>
        db.ChangeTracker.Entries()
            .Where(e => e.State is not (EntityState.Unchanged or EntityState.Detached))
            .Select(e => (PendingRow)new TrackedRow(e))
            .ToList();
}
