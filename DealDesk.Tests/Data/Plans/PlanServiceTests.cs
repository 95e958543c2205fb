using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Core.Plans;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Plans;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Data.Plans;

/// <summary>Plans as versions on real SQLite: every save a new version, earlier ones readable, a stale save refused,
/// limits refused with nothing written, and isolation by workspace and circle.</summary>
public sealed class PlanServiceTests : IAsyncLifetime
{
    private const string Rep = "rep@dealdesk.demo";
    private readonly FixedClock _clock = new(DateTime.UtcNow.AddMinutes(1));
    private readonly RecordingChangeFeed _feed = new();
    private SqliteTestDatabase _db = null!;

    public async ValueTask InitializeAsync() => _db = await FreshDemoDatabase.CreateAsync();

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Save_Twice_KeepsBothVersions_RecordsEachOnTheTimeline_AndRefusesAStaleSave()
    {
        var (service, scope) = await OpportunityServiceForAsync(Rep);
        var dealId = await VisibleDealAsync(scope);
        var plan = new OpportunityPlan { Confidence = 40 };
        plan.ActionItems.Add(new PlanActionItem { Description = "Book the demo", DueDate = new DateOnly(2026, 7, 1) });

        var v1 = await service.SaveAsync(dealId, plan, basedOn: null);
        plan.Confidence = 70;
        plan.Bant.Budget = new QualificationItem { Status = QualificationStatus.Confirmed, Note = "200k approved" };
        var v2 = await service.SaveAsync(dealId, plan, basedOn: v1.Value);
        var stale = await service.SaveAsync(dealId, new OpportunityPlan { Confidence = 10 }, basedOn: v1.Value);

        Assert.Equal((1, 2), (v1.Value, v2.Value));
        Assert.Equal(ResultStatus.Conflict, stale.Status);
        var first = (await service.GetVersionAsync(dealId, 1)).Value!;
        Assert.Equal((40, QualificationStatus.Unknown, "Book the demo"),
            (first.Document.Confidence, first.Document.Bant.Budget.Status, first.Document.ActionItems.Single().Description));
        var latest = (await service.GetLatestAsync(dealId)).Value!;
        Assert.Equal((2, 70, "200k approved"), (latest.Version!.Number, latest.Document.Confidence, latest.Document.Bant.Budget.Note));
        Assert.Equal([2, 1], (await service.ListVersionsAsync(dealId)).Value!.Select(v => v.Number));
        await using var system = _db.For(TenantScope.System(scope.WorkspaceId));
        Assert.Equal(["Plan version 1 saved", "Plan version 2 saved"], await system.Activities
            .Where(a => a.DealId == dealId && a.Kind == ActivityKind.PlanSaved).OrderBy(a => a.Summary)
            .Select(a => a.Summary).ToListAsync());
        Assert.Equal(2, await system.OpportunityPlanVersions.CountAsync(v => v.DealId == dealId));
        Assert.Equal(2, _feed.Published.Count(c => c.DealId == dealId && c.Kind == DealChangeKind.Worked));
    }

    [Fact]
    public async Task Save_With31ActionItems_IsRefusedOnActionItems_AndWritesNothing()
    {
        var (service, scope) = await OpportunityServiceForAsync(Rep);
        var dealId = await VisibleDealAsync(scope);
        var plan = new OpportunityPlan
        {
            ActionItems = Enumerable.Range(1, 31).Select(i => new PlanActionItem { Description = $"Step {i}" }).ToList(),
        };

        var result = await service.SaveAsync(dealId, plan, basedOn: null);

        Assert.Equal(["At most 30 action items."], result.FieldErrors[nameof(OpportunityPlan.ActionItems)]);
        Assert.Empty((await service.ListVersionsAsync(dealId)).Value!);
        await using var system = _db.For(TenantScope.System(scope.WorkspaceId));
        Assert.False(await system.Activities.AnyAsync(a => a.DealId == dealId && a.Kind == ActivityKind.PlanSaved));
    }

    [Fact]
    public async Task AccountPlan_Versions_AndRefuses51KeyEvents()
    {
        var (service, scope) = await AccountServiceForAsync(Rep);
        var accountId = await AccountOfAsync(scope);
        var plan = new AccountPlan();
        plan.Profile.TechStack = "Postgres, Kafka";
        Assert.Equal(1, (await service.SaveAsync(accountId, plan, null)).Value);
        plan.Profile.TechStack = "Postgres, Kafka, Snowflake";
        Assert.Equal(2, (await service.SaveAsync(accountId, plan, 1)).Value);

        plan.History.KeyEvents = Enumerable.Range(1, 51).Select(i => new KeyEvent { Description = $"E{i}" }).ToList();
        var refused = await service.SaveAsync(accountId, plan, 2);

        Assert.Equal(["At most 50 key events."], refused.FieldErrors["History.KeyEvents"]);
        Assert.Equal(ResultStatus.Conflict, (await service.SaveAsync(accountId, new AccountPlan(), 1)).Status);
        Assert.Equal("Postgres, Kafka", (await service.GetVersionAsync(accountId, 1)).Value!.Document.Profile.TechStack);
        Assert.Equal([2, 1], (await service.ListVersionsAsync(accountId)).Value!.Select(v => v.Number));
    }

    [Fact]
    public async Task AnotherWorkspace_OrACircleTheUserIsNotIn_SeesNotFound()
    {
        var (rep, repScope) = await OpportunityServiceForAsync(Rep);
        var (globex, _) = await OpportunityServiceForAsync("admin@globex.demo");
        var (globexAccounts, _) = await AccountServiceForAsync("admin@globex.demo");
        var dealId = await VisibleDealAsync(repScope);
        Assert.True((await rep.SaveAsync(dealId, new OpportunityPlan(), null)).Succeeded);
        await using var system = _db.For(TenantScope.System(repScope.WorkspaceId));
        var hiddenDeal = await system.Deals.Where(d => system.Circles.Any(c => c.Id == d.CircleId && c.Name == "Partner Team")
                && !system.OpportunityPlanVersions.Any(v => v.DealId == d.Id))
            .Select(d => d.Id).FirstAsync();

        Assert.Equal(ResultStatus.NotFound, (await globex.GetLatestAsync(dealId)).Status);
        Assert.Equal(ResultStatus.NotFound, (await globex.GetVersionAsync(dealId, 1)).Status);
        Assert.Equal(ResultStatus.NotFound, (await globex.SaveAsync(dealId, new OpportunityPlan(), 1)).Status);
        Assert.Equal(ResultStatus.NotFound, (await rep.GetLatestAsync(hiddenDeal)).Status);
        Assert.Equal(ResultStatus.NotFound, (await rep.SaveAsync(hiddenDeal, new OpportunityPlan(), null)).Status);
        Assert.Equal(ResultStatus.NotFound, (await rep.PrefillAsync(hiddenDeal, new OpportunityPlan())).Status);
        Assert.Equal(ResultStatus.NotFound, (await globex.PrefillAsync(dealId, new OpportunityPlan())).Status);
        Assert.Equal(ResultStatus.NotFound, (await globex.GetOwnersAsync(dealId)).Status);
        Assert.Equal(ResultStatus.NotFound, (await globex.ListVersionsAsync(dealId)).Status);
        Assert.Equal(ResultStatus.NotFound, (await globexAccounts.GetLatestAsync(await AccountOfAsync(repScope))).Status);
        Assert.Equal(1, await system.OpportunityPlanVersions.CountAsync(v => v.DealId == dealId));
        Assert.Equal(0, await system.OpportunityPlanVersions.CountAsync(v => v.DealId == hiddenDeal));
    }

    [Fact]
    public async Task Prefill_CopiesTheDealAndItsStakeholders()
    {
        var (service, scope) = await OpportunityServiceForAsync(Rep);
        var dealId = await VisibleDealAsync(scope);
        await using var system = _db.For(TenantScope.System(scope.WorkspaceId));
        var deal = await system.Deals.SingleAsync(d => d.Id == dealId);
        system.Stakeholders.Add(new DealDesk.Core.Intelligence.Stakeholders.Stakeholder(deal.AccountId, "Pat", null, "CFO"));
        await system.SaveChangesAsync();

        var filled = (await service.PrefillAsync(dealId, new OpportunityPlan { Confidence = 55 })).Value!;

        Assert.Equal((deal.Name, deal.Value, 55), (filled.Deal.Name, filled.Deal.Value, filled.Confidence));
        Assert.Contains(filled.Stakeholders, s => s.Name == "Pat");
    }

    [Fact]
    public async Task Prefill_FillsQualificationTrackingFromTheDealsMeddpicc()
    {
        var (service, scope) = await OpportunityServiceForAsync(Rep);
        var dealId = await VisibleDealAsync(scope);
        await using (var system = _db.For(TenantScope.System(scope.WorkspaceId)))
        {
            await system.DealQualifications.Where(q => q.DealId == dealId).ExecuteDeleteAsync();
            var champion = new DealDesk.Core.Intelligence.Qualification.DealQualification(dealId,
                DealDesk.Core.Intelligence.Qualification.MeddpiccElement.Champion);
            champion.Assess(DealDesk.Core.Intelligence.Qualification.QualificationStatus.Confirmed, 8, "Dana runs the pilot", null,
                new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc));
            var paper = new DealDesk.Core.Intelligence.Qualification.DealQualification(dealId,
                DealDesk.Core.Intelligence.Qualification.MeddpiccElement.PaperProcess);
            paper.Assess(DealDesk.Core.Intelligence.Qualification.QualificationStatus.Partial, null, null, null,
                new DateTime(2026, 11, 5, 9, 0, 0, DateTimeKind.Utc));
            system.DealQualifications.AddRange(champion, paper);
            await system.SaveChangesAsync();
        }

        var filled = (await service.PrefillAsync(dealId, new OpportunityPlan())).Value!;

        Assert.Equal((QualificationStatus.Confirmed, "Dana runs the pilot"),
            (filled.Meddic.Champion.Status, filled.Meddic.Champion.Note));
        Assert.Equal(QualificationStatus.Partial, filled.Meddic.PaperProcess.Status);
        Assert.Equal(QualificationStatus.Unknown, filled.Meddic.Competition.Status);
        Assert.Equal(new DateOnly(2026, 11, 5), filled.LastAssessed);
    }

    [Fact]
    public async Task Save_BasedOnTheLatest_OvertakenByAnotherSaveOnTheSameVersion_IsAConflict_AndKeepsTheFirst()
    {
        var (service, scope) = await OpportunityServiceForAsync(Rep);
        var dealId = await VisibleDealAsync(scope);
        var v1 = (await service.SaveAsync(dealId, new OpportunityPlan { Confidence = 40 }, basedOn: null)).Value;
        // Both users opened version 1; the other one's save commits after this one checked "based on the latest".
        var racing = new RacingContextFactory(_db.Database, scope, () => Assert.True(
            service.SaveAsync(dealId, new OpportunityPlan { Confidence = 70 }, v1).GetAwaiter().GetResult().Succeeded));
        var loser = new OpportunityPlanService(racing, new TestCurrentUser(scope), _clock, _feed,
            NullLogger<OpportunityPlanService>.Instance);

        var lost = await loser.SaveAsync(dealId, new OpportunityPlan { Confidence = 10 }, v1);

        Assert.True(racing.Raced);
        Assert.Equal((ResultStatus.Conflict, PlanMessages.Conflict), (lost.Status, lost.Message));
        var latest = (await service.GetLatestAsync(dealId)).Value!;
        Assert.Equal((2, 70), (latest.Version!.Number, latest.Document.Confidence));
    }

    private async Task<(OpportunityPlanService, TenantScope)> OpportunityServiceForAsync(string email)
    {
        var scope = await _db.Database.ScopeOfUserAsync(email);
        return (new OpportunityPlanService(new FixedScopeContextFactory(_db.Database, scope), new TestCurrentUser(scope),
            _clock, _feed, NullLogger<OpportunityPlanService>.Instance), scope);
    }

    private async Task<(AccountPlanService, TenantScope)> AccountServiceForAsync(string email)
    {
        var scope = await _db.Database.ScopeOfUserAsync(email);
        return (new AccountPlanService(new FixedScopeContextFactory(_db.Database, scope), new TestCurrentUser(scope),
            _clock, NullLogger<AccountPlanService>.Instance), scope);
    }

    private async Task<Guid> VisibleDealAsync(TenantScope scope)
    {
        await using var db = _db.For(scope);
        return await db.Deals.Where(d => !db.OpportunityPlanVersions.Any(v => v.DealId == d.Id))
            .OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
    }

    private async Task<Guid> AccountOfAsync(TenantScope scope)
    {
        await using var db = _db.For(scope);
        return await db.Accounts.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
    }
}
