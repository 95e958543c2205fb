namespace DealDesk.Data.Persistence.Writing;

/// <summary>A step of the write pipeline: <see cref="WritePipelineInterceptor"/> runs it on the pending rows of every
/// SaveChanges, and the bulk inserts run it on the rows they write (<see cref="WritePipeline.RunAsync"/>), so a rule
/// written here holds on every path that writes.</summary>
internal abstract class WriteStep
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
}
