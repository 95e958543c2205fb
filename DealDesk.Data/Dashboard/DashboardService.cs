using DealDesk.Core.Dashboard;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Dashboard;

/// <summary>Computes the landing page's figures in SQL; the tenant filters limit them to the user's circles.</summary>
internal sealed class DashboardService(IDbContextFactory<DealDeskDbContext> contexts, TimeProvider clock) : IDashboardService
{
    public async Task<DashboardSummary> GetSummaryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspace = await db.Workspaces.Select(w => new { w.Name, w.Currency }).SingleAsync(cancellationToken);

        // Value × probability summed in SQL; the division by 100 is left to C# so no provider rounds mid-way.
        var openByStage = await db.Deals
            .Where(d => d.WonAt == null && d.LostAt == null)
            .GroupBy(d => d.StageId)
            .Select(g => new
            {
                StageId = g.Key,
                Count = g.Count(),
                Value = g.Sum(d => d.Value),
                ValueTimesProbability = g.Sum(d => d.Value * d.Probability),
            })
            .ToDictionaryAsync(g => g.StageId, cancellationToken);
        var stages = await db.PipelineStages
            .Where(s => s.Kind == StageKind.Open)
            .OrderBy(s => s.Order)
            .Select(s => new { s.Id, s.Name, s.Order, s.Kind })
            .ToListAsync(cancellationToken);
        var perStage = stages
            .Select(s => openByStage.TryGetValue(s.Id, out var g)
                ? new StageSummary(s.Id, s.Name, s.Order, s.Kind, g.Count, g.Value,
                    Math.Round(g.ValueTimesProbability / 100m, 2, MidpointRounding.AwayFromZero))
                : new StageSummary(s.Id, s.Name, s.Order, s.Kind, 0, 0m, 0m))
            .ToList();

        var now = clock.GetUtcNow().UtcDateTime;
        var wonSince = now.AddDays(-PipelineMath.WonWindowDays);
        var won = await db.Deals
            .Where(d => d.WonAt >= wonSince)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Value = g.Sum(d => d.Value) })
            .SingleOrDefaultAsync(cancellationToken);

        var closedSince = now.AddDays(-PipelineMath.ClosedWindowDays);
        var wonInWindow = await db.Deals
            .Where(d => d.WonAt >= closedSince)
            .Select(d => new { d.CreatedAt, WonAt = d.WonAt!.Value })
            .ToListAsync(cancellationToken);
        var lostInWindow = await db.Deals.CountAsync(d => d.LostAt >= closedSince, cancellationToken);

        return new DashboardSummary(
            workspace.Name,
            workspace.Currency,
            perStage,
            won?.Count ?? 0,
            won?.Value ?? 0m,
            wonInWindow.Count,
            lostInWindow,
            PipelineMath.AverageDaysToClose(wonInWindow.Select(d => (d.CreatedAt, d.WonAt))),
            await db.Kpis.CountAsync(cancellationToken),
            await db.Circles.CountAsync(cancellationToken));
    }
}
