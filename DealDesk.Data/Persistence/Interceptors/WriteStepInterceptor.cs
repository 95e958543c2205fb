using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DealDesk.Data.Persistence.Interceptors;

/// <summary>A step of the write pipeline: it runs on the pending rows of every SaveChanges, and the bulk inserts
/// call the same <see cref="PrepareAsync"/> on the rows they write (<see cref="WritePipeline.RunAsync"/>), so a rule
/// written here holds on every path that writes.</summary>
internal abstract class WriteStepInterceptor : SaveChangesInterceptor
{
    /// <summary>Stamps or checks <paramref name="rows"/> before they are written; throws to refuse the write.</summary>
    public abstract void Prepare(DealDeskDbContext db, IReadOnlyList<PendingRow> rows);

    /// <summary>The same as <see cref="Prepare"/>, for a step that reads the database without blocking.</summary>
    public virtual ValueTask PrepareAsync(DealDeskDbContext db, IReadOnlyList<PendingRow> rows,
        CancellationToken cancellationToken)
    {
        Prepare(db, rows);
        return ValueTask.CompletedTask;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        var db = Context(eventData);
        Prepare(db, TrackedRow.PendingIn(db));
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var db = Context(eventData);
        await PrepareAsync(db, TrackedRow.PendingIn(db), cancellationToken);
        return result;
    }

    private static DealDeskDbContext Context(DbContextEventData eventData) =>
        eventData.Context as DealDeskDbContext
        ?? throw new InvalidOperationException("The write pipeline only runs on a DealDeskDbContext.");
}
