using DealDesk.Core.Accounts;
using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Core.Plans;
using DealDesk.Data.Deals;
using DealDesk.Data.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Plans;

/// <summary>Opportunity plans in the plan store, reached through their deal, with the deal's facts to prefill a plan
/// and its circle's members to own action items. A save is announced as work on the deal.</summary>
internal sealed partial class OpportunityPlanService(
    IDbContextFactory<DealDeskDbContext> contexts,
    ICurrentUser user,
    TimeProvider clock,
    IDealChangeFeed changes,
    ILogger<OpportunityPlanService> log)
    : PlanStore<OpportunityPlan, OpportunityPlanVersion>(contexts, user, clock), IOpportunityPlanService
{
    private static readonly OpportunityPlanValidator PlanValidator = new();

    // Only the archived-stage filter is lifted (a deal may sit in an archived stage); ignoring every filter in a
    // subquery would lift the tenant and circle filters of the whole query.
    private static readonly string[] ArchivedStagesToo = [DealDeskDbContext.ArchivedStageFilter];

    protected override IValidator<OpportunityPlan> Validator => PlanValidator;

    protected override string OwnerNotFound => PlanMessages.DealNotFound;

    public async Task<Result<OpportunityPlan>> PrefillAsync(Guid dealId, OpportunityPlan plan,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        await using var db = await Contexts.CreateDbContextAsync(cancellationToken);
        var deal = await db.Deals.Where(d => d.Id == dealId)
            .Select(d => new
            {
                d.AccountId,
                Snapshot = new DealSnapshot
                {
                    Name = d.Name,
                    Account = db.Accounts.Where(a => a.Id == d.AccountId).Select(a => a.Name).FirstOrDefault(),
                    Stage = db.PipelineStages.IgnoreQueryFilters(ArchivedStagesToo).Where(s => s.Id == d.StageId)
                        .Select(s => s.Name).FirstOrDefault(),
                    Value = d.Value,
                    Currency = d.Currency,
                    CloseDate = d.ExpectedCloseDate,
                    Owner = db.Users.Where(u => u.Id == d.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
                },
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (deal is null)
        {
            return NotFound<OpportunityPlan>();
        }

        var people = await db.Stakeholders.AsNoTracking().Where(s => s.AccountId == deal.AccountId)
            .OrderByDescending(s => s.DecisionPower.Value).ThenBy(s => s.Name)
            .Take(OpportunityPlan.MaxStakeholders)
            .ToListAsync(cancellationToken);
        // A person already summarised keeps the insight written about them.
        var insights = plan.Stakeholders.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().KeyInsight, StringComparer.OrdinalIgnoreCase);
        var assessed = await db.DealQualifications.AsNoTracking().Where(q => q.DealId == dealId)
            .Select(q => new { q.Element, q.Status, q.Summary, q.UpdatedAt })
            .ToListAsync(cancellationToken);
        var filled = PlanDocuments.Read<OpportunityPlan>(PlanDocuments.Write(plan));
        filled.Deal = deal.Snapshot;
        filled.PrefillQualification(assessed.Select(q => (q.Element, q.Status, q.Summary, q.UpdatedAt)));
        filled.Stakeholders = people.Select(p => new StakeholderSummary
        {
            Name = p.Name,
            Roles = StakeholderLabels.Roles(p.Roles),
            Power = p.DecisionPower.Value,
            Influence = p.InfluenceLevel.Value,
            KeyInsight = insights.GetValueOrDefault(p.Name) ?? p.Notes,
        }).ToList();
        return Result<OpportunityPlan>.Ok(filled);
    }

    public async Task<Result<IReadOnlyList<NamedOption>>> GetOwnersAsync(Guid dealId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await Contexts.CreateDbContextAsync(cancellationToken);
        var circle = await db.Deals.Where(d => d.Id == dealId).Select(d => (Guid?)d.CircleId)
            .SingleOrDefaultAsync(cancellationToken);
        if (circle is not { } circleId)
        {
            return NotFound<IReadOnlyList<NamedOption>>();
        }

        return Result<IReadOnlyList<NamedOption>>.Ok(await DealReferences.OwnersOf(db, [circleId])
            .OrderBy(u => u.DisplayName)
            .Select(u => new NamedOption(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken));
    }

    // Plan rows carry no circle: the deal's tenant and circle filters decide.
    protected override Task<bool> OwnerVisibleAsync(DealDeskDbContext db, Guid ownerId,
        CancellationToken cancellationToken) => db.Deals.AnyAsync(d => d.Id == ownerId, cancellationToken);

    protected override IQueryable<OpportunityPlanVersion> Versions(DealDeskDbContext db, Guid ownerId) =>
        db.OpportunityPlanVersions.Where(v => v.DealId == ownerId);

    // The timeline's "Plan version n saved" is written in the same transaction as the version.
    protected override void AddVersion(DealDeskDbContext db, Guid ownerId, int number, string document, DateTime now)
    {
        db.OpportunityPlanVersions.Add(new OpportunityPlanVersion(ownerId, number, document, User.UserId, now));
        db.Activities.Add(Activity.Record(ownerId, ActivityKind.PlanSaved, User.UserId, now, PlanMessages.Saved(number)));
    }

    // Not cancelled: the version is committed, its announcement must go out.
    protected override async Task OnSavedAsync(DealDeskDbContext db, Guid ownerId, CancellationToken cancellationToken)
    {
        await DealAnnouncements.AnnounceAsync(db, changes, Clock.GetUtcNow().UtcDateTime, DealChangeKind.Worked, [ownerId],
            User.UserId, log, cancellationToken: CancellationToken.None);
    }

    protected override void LogSaved(Guid ownerId, int number) => Saved(ownerId, number);

    protected override void LogConflict(Guid ownerId, int basedOn, int latest) => Refused(ownerId, basedOn, latest);

    [LoggerMessage(LogLevel.Information, "Opportunity plan of deal {DealId}: version {Number} saved")]
    private partial void Saved(Guid dealId, int number);

    [LoggerMessage(LogLevel.Information,
        "Opportunity plan of deal {DealId} not saved: based on version {BasedOn}, latest is {Latest}")]
    private partial void Refused(Guid dealId, int basedOn, int latest);
}
