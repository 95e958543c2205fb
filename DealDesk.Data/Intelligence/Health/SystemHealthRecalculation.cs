using DealDesk.Core.Deals;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Intelligence.Health;

/// <summary>Health recalculation on behalf of the system, outside any user's circles: for the refresher that
/// follows the change feed and for the daily pass over every open deal of every workspace.</summary>
public sealed partial class SystemHealthRecalculation(DealDeskDatabase database, TimeProvider clock, IDealChangeFeed changes,
    ILogger<SystemHealthRecalculation> log)
{
    /// <summary>Deals per batch of the daily pass when not configured.</summary>
    public const int DefaultBatchSize = 1000;

    /// <summary>Recalculates the open ones among <paramref name="dealIds"/> of one workspace; returns how many.</summary>
    public async Task<int> RecalculateAsync(Guid workspaceId, IReadOnlyCollection<Guid> dealIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dealIds);
        await using var db = database.CreateContext(TenantScope.System(workspaceId));
        var outcomes = await HealthRecalculation.RunAsync(db, dealIds, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await HealthRecalculation.AnnounceAsync(db, changes, outcomes, cancellationToken);
        return outcomes.Count;
    }

    /// <summary>Recalculates every open deal of every workspace, <paramref name="batchSize"/> deals at a time: each
    /// batch is found by keyset on the id, read and written in its own context, so memory stays flat whatever the
    /// number of deals. Returns how many deals were recalculated.</summary>
    /// <param name="batchSize">Deals per batch.</param>
    /// <param name="scoredBefore">When given, only deals never scored or last scored before this time (UTC): a deal
    /// scored since (by the seeder, or by a change a moment ago) is current already. The daily pass uses it so that a
    /// restart, or a freshly seeded database, does not rescore every deal again while the first users come in.</param>
    /// <param name="cancellationToken">Stops the pass between statements.</param>
    public async Task<int> RecalculateAllOpenAsync(int batchSize = DefaultBatchSize, DateTime? scoredBefore = null,
        CancellationToken cancellationToken = default)
    {
        batchSize = Math.Clamp(batchSize, 1, 10_000);
        var workspaces = await database.WorkspaceIdsAsync(cancellationToken);

        var total = 0;
        foreach (var workspaceId in workspaces)
        {
            var count = await RecalculateWorkspaceAsync(workspaceId, batchSize, scoredBefore, cancellationToken);
            LogWorkspaceDone(workspaceId, count);
            total += count;
        }

        return total;
    }

    private async Task<int> RecalculateWorkspaceAsync(Guid workspaceId, int batchSize, DateTime? scoredBefore,
        CancellationToken cancellationToken)
    {
        var total = 0;
        Guid? after = null;
        while (true)
        {
            await using var db = database.CreateContext(TenantScope.System(workspaceId));
            var ids = await HealthRecalculation.NextOpenBatchAsync(db, after, batchSize, scoredBefore, cancellationToken);
            if (ids.Count == 0)
            {
                return total;
            }

            var outcomes = await HealthRecalculation.RunAsync(db, ids, clock.GetUtcNow().UtcDateTime, cancellationToken);
            await HealthRecalculation.AnnounceAsync(db, changes, outcomes, cancellationToken);
            total += outcomes.Count;
            after = ids[^1];
            if (ids.Count < batchSize)
            {
                return total;
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "Health recalculated for {Count} open deals of workspace {WorkspaceId}")]
    private partial void LogWorkspaceDone(Guid workspaceId, int count);
}
