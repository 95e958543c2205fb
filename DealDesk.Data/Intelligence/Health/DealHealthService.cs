using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Intelligence.Health;

/// <summary>Health recalculation for the current user, within the deals they can see.</summary>
internal sealed class DealHealthService(
    IDbContextFactory<DealDeskDbContext> contexts,
    TimeProvider clock,
    IDealChangeFeed changes) : IDealHealthService
{
    public async Task<HealthResult?> RecalculateAsync(Guid dealId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var outcomes = await HealthRecalculation.RunAsync(db, [dealId], clock.GetUtcNow().UtcDateTime, cancellationToken);
        await HealthRecalculation.AnnounceAsync(db, changes, outcomes, cancellationToken);
        return outcomes.Count == 0 ? null : outcomes[0].Result;
    }
}
