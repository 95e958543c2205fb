using DealDesk.Core.Dashboard;
using DealDesk.Core.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Services;

/// <summary>Computes the landing page's figures in SQL; the tenant filters limit them to the user's circles.</summary>
internal sealed class DashboardService(IDbContextFactory<DealDeskDbContext> contexts, TimeProvider clock) : IDashboardService
{
    /// <summary>"Won lately" means won within this many days.</summary>
    public const int WonWindowDays = 30;

    public async Task<DashboardSummary> GetSummaryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspace = await db.Workspaces.Select(w => new { w.Name, w.Currency }).SingleAsync(cancellationToken);

        var openByStage = await db.Deals
            .Where(d => d.WonAt == null && d.LostAt == null)
            .GroupBy(d => d.StageId)
            .Select(g => new { StageId = g.Key, Count = g.Count(), Value = g.Sum(d => d.Value) })
            .ToDictionaryAsync(g => g.StageId, cancellationToken);
        var stages = await db.PipelineStages
            .Where(s => s.Kind == StageKind.Open)
            .OrderBy(s => s.Order)
            .Select(s => new { s.Id, s.Name, s.Order, s.Kind })
            .ToListAsync(cancellationToken);
        var perStage = stages
            .Select(s => openByStage.TryGetValue(s.Id, out var g)
                ? new StageSummary(s.Id, s.Name, s.Order, s.Kind, g.Count, g.Value)
                : new StageSummary(s.Id, s.Name, s.Order, s.Kind, 0, 0m))
            .ToList();

        var since = clock.GetUtcNow().UtcDateTime.AddDays(-WonWindowDays);
        var won = await db.Deals
            .Where(d => d.WonAt >= since)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Value = g.Sum(d => d.Value) })
            .SingleOrDefaultAsync(cancellationToken);

        return new DashboardSummary(
            workspace.Name,
            workspace.Currency,
            perStage,
            won?.Count ?? 0,
            won?.Value ?? 0m,
            await db.Kpis.CountAsync(cancellationToken),
            await db.Circles.CountAsync(cancellationToken));
    }
}
