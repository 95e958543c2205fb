using DealDesk.Core.Accounts;
using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Core.Plans;
using DealDesk.Data.Deals;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Plans;

/// <summary>Opportunity plans as numbered versions of a JSON document. Plan rows carry no circle: every call first
/// checks that the deal is visible through the tenant and circle filters.</summary>
internal sealed partial class OpportunityPlanService(
    IDbContextFactory<DealDeskDbContext> contexts,
    ICurrentUser user,
    TimeProvider clock,
    IDealChangeFeed changes,
    ILogger<OpportunityPlanService> log) : IOpportunityPlanService
{
    private static readonly OpportunityPlanValidator Validator = new();

    // Only the archived-stage filter is lifted (a deal may sit in an archived stage); ignoring every filter in a
    // subquery would lift the tenant and circle filters of the whole query.
    private static readonly string[] ArchivedStagesToo = [DealDeskDbContext.ArchivedStageFilter];

    public async Task<Result<PlanSnapshot<OpportunityPlan>>> GetLatestAsync(Guid dealId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Deals.AnyAsync(d => d.Id == dealId, cancellationToken))
        {
            return NotFound<PlanSnapshot<OpportunityPlan>>();
        }

        var latest = await PlanDocuments.WithSaver(db, Versions(db, dealId).OrderByDescending(v => v.Number))
            .FirstOrDefaultAsync(cancellationToken);
        return Result<PlanSnapshot<OpportunityPlan>>.Ok(PlanDocuments.Snapshot<OpportunityPlan>(latest));
    }

    public async Task<Result<PlanSnapshot<OpportunityPlan>>> GetVersionAsync(Guid dealId, int number,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Deals.AnyAsync(d => d.Id == dealId, cancellationToken))
        {
            return NotFound<PlanSnapshot<OpportunityPlan>>();
        }

        var stored = await PlanDocuments.WithSaver(db, Versions(db, dealId).Where(v => v.Number == number))
            .SingleOrDefaultAsync(cancellationToken);
        return stored is null
            ? Result.NotFound(PlanMessages.VersionNotFound)
            : Result<PlanSnapshot<OpportunityPlan>>.Ok(PlanDocuments.Snapshot<OpportunityPlan>(stored));
    }

    public async Task<Result<IReadOnlyList<PlanVersionInfo>>> ListVersionsAsync(Guid dealId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Deals.AnyAsync(d => d.Id == dealId, cancellationToken))
        {
            return NotFound<IReadOnlyList<PlanVersionInfo>>();
        }

        return Result<IReadOnlyList<PlanVersionInfo>>.Ok(
            await PlanDocuments.ListAsync(db, Versions(db, dealId), cancellationToken));
    }

    public async Task<Result<int>> SaveAsync(Guid dealId, OpportunityPlan plan, int? basedOn,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var valid = Validator.Validate(plan).ToResult();
        if (!valid.Succeeded)
        {
            return valid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deal = await db.Deals.Where(d => d.Id == dealId).Select(d => new { d.StageId })
            .SingleOrDefaultAsync(cancellationToken);
        if (deal is null)
        {
            return NotFound<int>();
        }

        var latest = await Versions(db, dealId).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        if (latest != (basedOn ?? 0))
        {
            LogConflict(dealId, basedOn ?? 0, latest);
            return Result.Conflict(PlanMessages.Conflict);
        }

        var number = latest + 1;
        var now = clock.GetUtcNow().UtcDateTime;
        db.OpportunityPlanVersions.Add(new OpportunityPlanVersion(dealId, number, PlanDocuments.Write(plan),
            user.UserId, now));
        db.Activities.Add(Activity.Record(dealId, ActivityKind.PlanSaved, user.UserId, now, PlanMessages.Saved(number)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another save took this number between our check and our insert: the unique index refused ours.
            LogConflict(dealId, latest, number);
            return Result.Conflict(PlanMessages.Conflict);
        }

        LogSaved(dealId, number);
        changes.Publish(new DealChange(db.Tenant.WorkspaceId, dealId, DealChangeKind.Worked, null, deal.StageId,
            user.UserId));
        return Result<int>.Ok(number);
    }

    public async Task<Result<OpportunityPlan>> PrefillAsync(Guid dealId, OpportunityPlan plan,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
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
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
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

    private static IQueryable<OpportunityPlanVersion> Versions(DealDeskDbContext db, Guid dealId) =>
        db.OpportunityPlanVersions.Where(v => v.DealId == dealId);

    private static Result<T> NotFound<T>() => Result.NotFound(PlanMessages.DealNotFound);

    [LoggerMessage(LogLevel.Information, "Opportunity plan of deal {DealId}: version {Number} saved")]
    private partial void LogSaved(Guid dealId, int number);

    [LoggerMessage(LogLevel.Information,
        "Opportunity plan of deal {DealId} not saved: based on version {BasedOn}, latest is {Latest}")]
    private partial void LogConflict(Guid dealId, int basedOn, int latest);
}
