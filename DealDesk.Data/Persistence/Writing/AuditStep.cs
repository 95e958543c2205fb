using DealDesk.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Persistence.Writing;

/// <summary>Stamps <see cref="IAuditable"/> rows with the injected clock's "now": created and updated on insert,
/// updated on every change. A new row that already carries a creation time (seeded history) keeps it.</summary>
internal sealed class AuditStep(TimeProvider clock) : WriteStep
{
    public override void Prepare(DealDeskDbContext db, IReadOnlyList<PendingRow> rows)
    {
        // One "now" for the whole write, so that rows saved together carry the same time.
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var row in rows)
        {
            if (row.Entity is IAuditable)
            {
                Stamp(row, now);
            }
        }
    }

    private static void Stamp(PendingRow row, DateTime now)
    {
        const string created = nameof(IAuditable.CreatedAt);
        const string updated = nameof(IAuditable.UpdatedAt);
        if (row.State == EntityState.Added)
        {
            if ((DateTime)row.Current(created)! == default)
            {
                row.SetCurrent(created, now);
            }

            if ((DateTime)row.Current(updated)! == default)
            {
                row.SetCurrent(updated, row.Current(created));
            }
        }
        else if (row.State == EntityState.Modified)
        {
            row.SetCurrent(updated, now);
        }
    }
}
