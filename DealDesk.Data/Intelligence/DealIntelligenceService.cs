using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Core.Intelligence.Qualification;
using DealDesk.Data.Intelligence.Health;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Intelligence;

/// <summary>The deal's intelligence in six statements whatever the number of related rows: the deal row, then
/// one each for health history, MEDDPICC elements, evidence, stakeholders and open tasks.</summary>
internal sealed class DealIntelligenceService(
    IDbContextFactory<DealDeskDbContext> contexts,
    IDealQueries deals,
    TimeProvider clock) : IDealIntelligenceService
{
    /// <summary>Calculations the history chart shows.</summary>
    public const int HistoryPoints = 30;

    public async Task<DealIntelligence?> GetAsync(Guid dealId, CancellationToken cancellationToken = default)
    {
        // The row query runs the tenant and circle filters: the children below have none of their own.
        var deal = await deals.GetRowAsync(dealId, cancellationToken);
        if (deal is null)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var history = await db.DealHealthHistory
            .Where(h => h.DealId == dealId)
            .OrderByDescending(h => h.CalculatedAt)
            .ThenByDescending(h => h.Id)
            .Take(HistoryPoints)
            .Select(h => new { h.CalculatedAt, h.Score, h.FactorsJson })
            .ToListAsync(cancellationToken);
        var elements = await (
                from q in db.DealQualifications
                where q.DealId == dealId
                join u in db.Users on q.UpdatedBy equals u.Id into updaters
                from u in updaters.DefaultIfEmpty()
                select new ElementView(q.Element, q.Status, q.Score, q.Summary, u == null ? null : u.DisplayName,
                    q.UpdatedAt, q.Version))
            .ToListAsync(cancellationToken);
        var evidence = await db.IntelligenceEvidence
            .Where(e => e.DealId == dealId)
            .OrderByDescending(e => e.ObservedOn)
            .ThenByDescending(e => e.Id)
            .Select(e => new EvidenceView(e.Id, e.Element, e.Kind, e.Text, e.Source, e.Confidence, e.ObservedOn))
            .ToListAsync(cancellationToken);
        var stakeholders = await db.Stakeholders
            .Where(s => s.AccountId == deal.AccountId)
            .OrderBy(s => s.Name)
            .ThenBy(s => s.Id)
            .Select(s => new StakeholderSummary(s.Id, s.Name, s.Title, s.Roles, s.RelationshipStrength.Value))
            .ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var tasks = await db.DealTasks
            .Where(t => t.DealId == dealId && t.CompletedAt == null)
            .OrderBy(t => t.DueOn == null)
            .ThenBy(t => t.DueOn)
            .ThenBy(t => t.Id)
            .Select(t => new OpenTaskSummary(t.Id, t.Title, t.DueOn, t.DueOn != null && t.DueOn < today))
            .ToListAsync(cancellationToken);

        var latest = history.FirstOrDefault();
        var health = new HealthView(deal.HealthScore, deal.HealthTrend, latest?.CalculatedAt,
            HealthFactorsJson.Read(latest?.FactorsJson),
            history.Select(h => new HealthPoint(h.CalculatedAt, h.Score)).Reverse().ToList());
        return new DealIntelligence(deal, health, Qualification(elements, evidence), stakeholders, tasks);
    }

    private static QualificationView Qualification(List<ElementView> assessed, List<EvidenceView> evidence)
    {
        var byElement = assessed.ToDictionary(e => e.Element);
        var all = MeddpiccElements.All
            .Select(e => byElement.GetValueOrDefault(e)
                ?? new ElementView(e, QualificationStatus.Unknown, null, null, null, null))
            .ToList();
        var assessments = all.Select(e => new ElementAssessment(e.Element, e.Status, e.Score)).ToList();
        return new QualificationView(all, evidence,
            QualificationScoring.Overall(assessments),
            QualificationScoring.Confidence(assessments, evidence.Select(e => (e.Element, e.Confidence))));
    }
}
