using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DealDesk.Data.Persistence.Interceptors;

/// <summary>What runs on every write, in this order: <see cref="TenancyInterceptor"/> (workspace stamped, other
/// tenants and unseen circles refused), <see cref="AuditInterceptor"/> (created/updated times) and
/// <see cref="VersionInterceptor"/> (a new concurrency version). SaveChanges runs them as EF Core interceptors; the
/// bulk inserts run the same ones over their rows (ADR 0008).</summary>
internal static class WritePipeline
{
    /// <summary>The steps, in the order they run. Stateless but for the clock: one set serves every context.
    /// </summary>
    public static IReadOnlyList<WriteStepInterceptor> Create(TimeProvider clock) =>
        [new TenancyInterceptor(), new AuditInterceptor(clock), new VersionInterceptor()];

    /// <summary>Registers <paramref name="steps"/> (from <see cref="Create"/>) on the options of a DealDesk context.
    /// </summary>
    public static DbContextOptionsBuilder<TContext> UseWritePipeline<TContext>(
        this DbContextOptionsBuilder<TContext> builder, IReadOnlyList<WriteStepInterceptor> steps)
        where TContext : DbContext =>
        builder.AddInterceptors(steps);

    /// <summary>Runs the steps registered on <paramref name="db"/> over rows it writes without SaveChanges.</summary>
    public static async Task RunAsync(DealDeskDbContext db, IReadOnlyList<PendingRow> rows,
        CancellationToken cancellationToken)
    {
        foreach (var step in Steps(db.GetService<IDbContextOptions>()))
        {
            await step.PrepareAsync(db, rows, cancellationToken);
        }
    }

    /// <summary>Refuses options without the pipeline, or with its steps out of order: a context built so would
    /// write unchecked or unstamped rows.</summary>
    public static void EnsureRegistered(IDbContextOptions options)
    {
        if (!Steps(options).Select(s => s.GetType()).SequenceEqual(StepTypes))
        {
            throw new InvalidOperationException(
                "A DealDesk context needs the write pipeline: build it through DealDeskDatabase.");
        }
    }

    private static readonly Type[] StepTypes = Create(TimeProvider.System).Select(s => s.GetType()).ToArray();

    private static IEnumerable<WriteStepInterceptor> Steps(IDbContextOptions options) =>
        options.FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<WriteStepInterceptor>() ?? [];
}
