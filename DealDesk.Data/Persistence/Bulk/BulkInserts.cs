using DealDesk.Data.Persistence.Writing;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Persistence.Bulk;

/// <summary>Inserts of many new rows (seeding, imports) with prepared statements instead of one command per row.
/// Both run the context's write pipeline over their rows before writing, as SaveChanges does (ADR 0008): the same
/// workspace stamps, tenant and circle checks, audit times and versions.</summary>
public static class BulkInserts
{
    /// <summary>Inserts every Added entity after the same stamping and tenant checks as SaveChanges, then clears the
    /// change tracker. For large inserts of new rows only: it refuses any other pending change.</summary>
    public static async Task<int> InsertAddedInBulkAsync(this DealDeskDbContext db,
        CancellationToken cancellationToken = default)
    {
        var rows = TrackedRow.PendingIn(db);
        await WritePipeline.RunAsync(db, rows, cancellationToken);
        if (rows.Any(r => r.State != EntityState.Added))
        {
            throw new InvalidOperationException("A bulk insert cannot carry updates or deletes; use SaveChanges.");
        }

        var entries = rows.Select(r => ((TrackedRow)r).Entry).ToList();
        var written = await InTransactionAsync(db, ct => AddedRowsWriter.WriteAsync(db, entries, ct), cancellationToken);
        db.ChangeTracker.Clear();
        return written;
    }

    /// <summary>Inserts new <paramref name="entities"/> of one flat type (no related entities) without attaching them
    /// to the change tracker, which costs more than the INSERT itself. What is stored is what SaveChanges would store,
    /// by the same pipeline; the entity objects are left as they were (not stamped, not tracked). For imports of many
    /// new rows.</summary>
    public static async Task<int> InsertNewInBulkAsync<T>(this DealDeskDbContext db, IReadOnlyList<T> entities,
        CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(entities);
        var type = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of this model.");
        var columns = new NewRowColumns(type);
        var rows = entities.Select(e => new NewRow(e, columns)).ToList();
        await WritePipeline.RunAsync(db, rows, cancellationToken);
        return await InTransactionAsync(db, ct => AddedRowsWriter.WriteNewAsync(db, columns, rows, ct), cancellationToken);
    }

    /// <summary>All rows or none: without a caller's transaction the batch gets its own, retried as a unit where the
    /// provider retries.</summary>
    private static async Task<int> InTransactionAsync(DealDeskDbContext db, Func<CancellationToken, Task<int>> write,
        CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is not null
            ? await write(cancellationToken)
            : await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var rows = await write(ct);
                await transaction.CommitAsync(ct);
                return rows;
            }, cancellationToken);
}
