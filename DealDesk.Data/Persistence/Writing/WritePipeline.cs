using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DealDesk.Data.Persistence.Writing;

/// <summary>What runs on every write, in this order: <see cref="TenancyStep"/> (workspace stamped, other tenants and
/// unseen circles refused), <see cref="AuditStep"/> (created/updated times) and <see cref="VersionStep"/> (a new
/// concurrency version). SaveChanges runs them through one EF Core interceptor; the bulk inserts run the same steps
/// over their rows (ADR 0008).</summary>
internal static class WritePipeline
{
    /// <summary>The pipeline's interceptor with its steps in the order they run. Stateless but for the clock: one
    /// serves every context.</summary>
    public static WritePipelineInterceptor Create(TimeProvider clock) =>
        new([new TenancyStep(), new AuditStep(clock), new VersionStep()]);

    /// <summary>Registers <paramref name="pipeline"/> (from <see cref="Create"/>) on the options of a DealDesk context.
    /// </summary>
    public static DbContextOptionsBuilder<TContext> UseWritePipeline<TContext>(
        this DbContextOptionsBuilder<TContext> builder, WritePipelineInterceptor pipeline)
        where TContext : DbContext =>
        builder.AddInterceptors(pipeline);

    /// <summary>Runs the steps registered on <paramref name="db"/> over rows it writes without SaveChanges.</summary>
    public static Task RunAsync(DealDeskDbContext db, IReadOnlyList<PendingRow> rows,
        CancellationToken cancellationToken) =>
        Registered(db.GetService<IDbContextOptions>()).Single().RunAsync(db, rows, cancellationToken);

    /// <summary>Refuses options without the pipeline (or with it twice), or with its steps out of order: a context
    /// built so would write unchecked or unstamped rows.</summary>
    public static void EnsureRegistered(IDbContextOptions options)
    {
        var registered = Registered(options).ToList();
        if (registered.Count != 1 || !registered[0].Steps.Select(s => s.GetType()).SequenceEqual(StepTypes))
        {
            throw new InvalidOperationException(
                "A DealDesk context needs the write pipeline: build it through DealDeskDatabase.");
        }
    }

    private static readonly Type[] StepTypes = Create(TimeProvider.System).Steps.Select(s => s.GetType()).ToArray();

    private static IEnumerable<WritePipelineInterceptor> Registered(IDbContextOptions options) =>
        options.FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<WritePipelineInterceptor>() ?? [];
}
