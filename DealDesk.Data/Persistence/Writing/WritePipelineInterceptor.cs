using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DealDesk.Data.Persistence.Writing;

/// <summary>The EF Core interceptor through which every SaveChanges runs the write pipeline: it collects the pending
/// rows once (one pass of change detection, however many steps there are) and hands the same list to each step in
/// order.</summary>
internal sealed class WritePipelineInterceptor(IReadOnlyList<WriteStep> steps) : SaveChangesInterceptor
{
    /// <summary>The steps, in the order they run.</summary>
    public IReadOnlyList<WriteStep> Steps { get; } = steps;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        var db = Context(eventData);
        var rows = TrackedRow.PendingIn(db);
        foreach (var step in Steps)
        {
            step.Prepare(db, rows);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await RunAsync(Context(eventData), rows: null, cancellationToken);
        return result;
    }

    /// <summary>Runs every step over <paramref name="rows"/>, or over the context's pending rows when none are given.
    /// </summary>
    public async Task RunAsync(DealDeskDbContext db, IReadOnlyList<PendingRow>? rows,
        CancellationToken cancellationToken)
    {
        rows ??= TrackedRow.PendingIn(db);
        foreach (var step in Steps)
        {
            await step.PrepareAsync(db, rows, cancellationToken);
        }
    }

    private static DealDeskDbContext Context(DbContextEventData eventData) =>
        eventData.Context as DealDeskDbContext
        ?? throw new InvalidOperationException("The write pipeline only runs on a DealDeskDbContext.");
}
