using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Tasks;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Core.Intelligence.Qualification;
using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Core.Pipeline;
using DealDesk.Data;
using DealDesk.Data.Deals;
using DealDesk.Data.Intelligence.Health;
using DealDesk.Data.Notifications;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using DealDesk.Web.Feeds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Data.Intelligence.Health;

/// <summary>Health recalculation on real SQLite: what it writes, when it reaches the timeline, that it never bumps
/// the deal's version, that the daily job covers every open deal of every workspace, and that nobody recalculates a
/// deal they cannot see.</summary>
public sealed class DealHealthServiceTests
{
    private readonly FixedClock _clock = new(DateTime.UtcNow.AddMinutes(1));
    private readonly RecordingChangeFeed _feed = new();

    [Fact]
    public async Task Recalculate_WritesHistoryAndTheDeal_AndTheTimelineOnlyBeyond5Points()
    {
        await using var sqlite = await FreshDemoDatabase.CreateAsync();
        var scope = await sqlite.Database.ScopeOfUserAsync("rep@dealdesk.demo");
        var service = new DealHealthService(new FixedScopeContextFactory(sqlite.Database, scope), _clock, _feed);
        var (dealId, accountId) = await OpenDealAsync(sqlite, scope);

        var first = await service.RecalculateAsync(dealId);
        await AddStakeholderAsync(sqlite, scope, accountId, StakeholderRoles.Champion | StakeholderRoles.DecisionMaker);
        var second = await service.RecalculateAsync(dealId);
        var third = await service.RecalculateAsync(dealId);
        await AddOverdueTaskAsync(sqlite, scope, dealId);
        var fourth = await service.RecalculateAsync(dealId);

        // A champion who is also the economic buyer turns −10 into +10; an overdue task costs exactly 5.
        Assert.Equal(first!.Score + 20, second!.Score);
        Assert.Equal(second.Score, third!.Score);
        Assert.Equal(second.Score - 5, fourth!.Score);
        await using var db = sqlite.For(scope);
        var history = await db.DealHealthHistory.Where(h => h.DealId == dealId).OrderBy(h => h.CalculatedAt)
            .ThenBy(h => h.Id).Select(h => h.Score).ToListAsync();
        Assert.Equal([first.Score, second.Score, third.Score, fourth.Score], history);
        var changes = await db.Activities.Where(a => a.DealId == dealId && a.Kind == ActivityKind.HealthChanged)
            .ToListAsync();
        var change = Assert.Single(changes);
        Assert.Equal($"Health {first.Score} → {second.Score} (Improving)", change.Summary);
        Assert.Null(change.ActorId);
        var deal = await db.Deals.SingleAsync(d => d.Id == dealId);
        Assert.Equal((fourth.Score, fourth.Trend, _clock.UtcNow), (deal.HealthScore!.Value, deal.HealthTrend,
            deal.HealthCalculatedAt!.Value));
        // The first, the jump and the drop changed score or trend; the unchanged third did not.
        Assert.Equal(3, _feed.Published.Count(c => c.DealId == dealId && c.Kind == DealChangeKind.Rescored));
    }

    [Fact]
    public async Task Recalculate_LeavesTheDealsVersion_SoAConcurrentEditStillSaves()
    {
        await using var sqlite = await FreshDemoDatabase.CreateAsync();
        var scope = await sqlite.Database.ScopeOfUserAsync("rep@dealdesk.demo");
        var (dealId, _) = await OpenDealAsync(sqlite, scope);
        await using var editor = sqlite.For(scope);
        var deal = await editor.Deals.SingleAsync(d => d.Id == dealId);
        var version = deal.Version;

        await new DealHealthService(new FixedScopeContextFactory(sqlite.Database, scope), _clock, _feed)
            .RecalculateAsync(dealId);
        deal.Rename("Renamed while health was recalculated");
        await editor.SaveChangesAsync();

        await using var db = sqlite.For(scope);
        var saved = await db.Deals.SingleAsync(d => d.Id == dealId);
        Assert.Equal("Renamed while health was recalculated", saved.Name);
        Assert.NotNull(saved.HealthScore);
        Assert.NotEqual(version, saved.Version);
    }

    [Theory]
    [InlineData("admin@globex.demo")]
    [InlineData("rep@dealdesk.demo")]
    public async Task Recalculate_ADealTheUserCannotSee_ReturnsNull_AndWritesNothing(string email)
    {
        await using var sqlite = await FreshDemoDatabase.CreateAsync();
        var scope = await sqlite.Database.ScopeOfUserAsync(email);
        // For Globex any Acme deal is foreign; for the rep, a Partner Team deal is outside their circles.
        var dealId = await DealOfCircleAsync(sqlite, "Partner Team");
        var service = new DealHealthService(new FixedScopeContextFactory(sqlite.Database, scope), _clock, _feed);

        await using var db = sqlite.For(TenantScope.System(await AcmeAsync(sqlite)));
        var before = await HealthStateAsync(db, dealId);

        Assert.Null(await service.RecalculateAsync(dealId));

        Assert.Equal(before, await HealthStateAsync(db, dealId));
        Assert.Empty(_feed.Published);
    }

    [Fact]
    public async Task SeededClosedDeals_HaveNoScore_AndRecalculatingOneWritesNothing()
    {
        await using var sqlite = await FreshDemoDatabase.CreateAsync();
        var acme = TenantScope.System(await AcmeAsync(sqlite));
        await using var db = sqlite.For(acme);
        Assert.False(await db.Deals.AnyAsync(d => (d.WonAt != null || d.LostAt != null) && d.HealthScore != null));
        var closed = await db.Deals.Where(d => d.WonAt != null || d.LostAt != null).Select(d => d.Id).FirstAsync();
        var before = await HealthStateAsync(db, closed);

        var result = await new DealHealthService(new FixedScopeContextFactory(sqlite.Database, acme), _clock, _feed)
            .RecalculateAsync(closed);

        Assert.Null(result);
        Assert.Equal(before, await HealthStateAsync(db, closed));
    }

    [Theory]
    [InlineData(StageKind.Lost)]
    [InlineData(StageKind.Won)]
    public async Task MovingAScoredDealToAClosedStage_ClearsItsScoreInTheMove_AndTheRefresherPathLeavesItCleared(
        StageKind kind)
    {
        await using var sqlite = await FreshDemoDatabase.CreateAsync();
        var scope = await sqlite.Database.ScopeOfUserAsync("rep@dealdesk.demo");
        var (dealId, _) = await OpenDealAsync(sqlite, scope);
        var workspaceId = await AcmeAsync(sqlite);
        var job = new SystemHealthRecalculation(sqlite.Database, _clock, _feed, NullLogger<SystemHealthRecalculation>.Instance);
        Assert.Equal(1, await job.RecalculateAsync(workspaceId, [dealId]));
        Guid stageId;
        await using (var db = sqlite.For(scope))
        {
            Assert.NotNull(await db.Deals.Where(d => d.Id == dealId).Select(d => d.HealthScore).SingleAsync());
            stageId = await db.PipelineStages.Where(s => s.Kind == kind).Select(s => s.Id).FirstAsync();
        }

        var deals = new DealService(new FixedScopeContextFactory(sqlite.Database, scope), new TestCurrentUser(scope),
            _clock, _feed, NullLogger<DealService>.Instance,
            new InProcessNotificationFeed(NullLogger<InProcessNotificationFeed>.Instance),
            TestCircleAccess.For(new FixedScopeContextFactory(sqlite.Database, scope), scope));
        var version = (await deals.GetDraftAsync(dealId))!.Version!;
        Assert.True((await deals.MoveAsync(dealId, stageId, "Went with a competitor", version)).Succeeded);

        await using (var db = sqlite.For(scope))
        {
            var moved = await db.Deals.SingleAsync(d => d.Id == dealId);
            Assert.Null(moved.HealthScore);
            Assert.Null(moved.HealthCalculatedAt);
            Assert.Equal(kind == StageKind.Won, moved.Outcome!.Value.Won);
        }

        // The refresher recalculates the deal of every change it hears, this move included: nothing comes back.
        Assert.Equal(0, await job.RecalculateAsync(workspaceId, [dealId]));
        var row = await new DealQueries(new FixedScopeContextFactory(sqlite.Database, scope))
            .GetRowAsync(dealId);
        Assert.Null(row!.HealthScore);
        Assert.Equal(kind == StageKind.Won ? "Won" : "Lost", row.Outcome!.Value.Label);
        Assert.Equal(_clock.UtcNow, row.Outcome.Value.At);
    }

    [Fact]
    public async Task DailyJob_RecalculatesEveryOpenDealOfEveryWorkspace_InBatches_AsTheCalculatorWould()
    {
        await using var sqlite = await FreshDemoDatabase.CreateAsync();
        var acme = TenantScope.System(await AcmeAsync(sqlite));
        var (someDeal, account) = await OpenDealAsync(sqlite, acme);
        await AddStakeholderAsync(sqlite, acme, account, StakeholderRoles.Champion);
        await AddOverdueTaskAsync(sqlite, acme, someDeal);
        var job = new SystemHealthRecalculation(sqlite.Database, _clock, _feed, NullLogger<SystemHealthRecalculation>.Instance);

        // A batch size that does not divide the deal count, so the last batch is a partial one.
        var count = await job.RecalculateAllOpenAsync(batchSize: 7);

        await using var registry = sqlite.For(TenantScope.None);
        var workspaces = await registry.Workspaces.IgnoreQueryFilters().Select(w => w.Id).ToListAsync();
        Assert.Equal(2, workspaces.Count);
        var open = 0;
        foreach (var workspaceId in workspaces)
        {
            await using var db = sqlite.For(TenantScope.System(workspaceId));
            var expected = await ExpectedScoresAsync(db);
            var deals = await db.Deals.Select(d => new { d.Id, d.HealthScore, Open = d.WonAt == null && d.LostAt == null })
                .ToListAsync();
            var now = _clock.UtcNow;
            var historyPerDeal = await db.DealHealthHistory.Where(h => h.CalculatedAt == now).GroupBy(h => h.DealId)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
            Assert.Contains(deals, d => d.Open);
            Assert.All(deals.Where(d => d.Open), d =>
            {
                Assert.Equal(expected[d.Id], d.HealthScore);
                Assert.Equal(1, historyPerDeal.GetValueOrDefault(d.Id));
            });
            Assert.All(deals.Where(d => !d.Open), d => Assert.False(historyPerDeal.ContainsKey(d.Id)));
            open += deals.Count(d => d.Open);
        }

        Assert.Equal(open, count);
    }

    [Fact]
    public async Task DemoData_SeedsMeddpiccAndTheScoresTheCalculatorGives()
    {
        await using var sqlite = await SqliteTestDatabase.CreateAsync(_clock);
        await new DealDesk.Data.Seeding.DemoDataSeeder(sqlite.Database, Microsoft.Extensions.Options.Options.Create(
                SeededDatabase.SmallDemo), _clock, NullLogger<DealDesk.Data.Seeding.DemoDataSeeder>.Instance)
            .SeedIfEmptyAsync();
        await using var db = sqlite.For(TenantScope.System(await AcmeAsync(sqlite)));
        var seeded = await db.Deals.Where(d => d.WonAt == null && d.LostAt == null)
            .ToDictionaryAsync(d => d.Id, d => d.HealthScore);
        var latest = await db.DealHealthHistory.Where(h => h.CalculatedAt == _clock.UtcNow)
            .ToDictionaryAsync(h => h.DealId, h => h.Score);

        var expected = await ExpectedScoresAsync(db);

        Assert.True(await db.DealQualifications.AnyAsync() && await db.IntelligenceEvidence.AnyAsync());
        Assert.True(await db.DealHealthHistory.CountAsync() > seeded.Count, "some deals have several history points");
        Assert.Equal(expected.OrderBy(e => e.Key), seeded.Select(s => KeyValuePair.Create(s.Key, s.Value!.Value)).OrderBy(e => e.Key));
        Assert.Equal(expected.OrderBy(e => e.Key), latest.OrderBy(e => e.Key));
        Assert.False(await db.Deals.AnyAsync(d => (d.WonAt != null || d.LostAt != null) && d.HealthScore != null));
    }

    [Fact]
    public async Task DealTable_FiltersByHealthBand_AndSortsByHealth_AtTheBandBoundaries()
    {
        await using var sqlite = await SqliteTestDatabase.CreateAsync();
        await SeedTinyAsync(sqlite);
        var circle = await HandMadeCircle.CreateAsync(sqlite, "Health");
        var scores = new Dictionary<string, int?> { ["d39"] = 39, ["d40"] = 40, ["d69"] = 69, ["d70"] = 70, ["none"] = null };
        foreach (var (name, score) in scores)
        {
            var deal = await circle.AddDealAsync(name, 1000m, "Proposal", createdDaysAgo: 3);
            await using var db = sqlite.For(circle.Member);
            await db.Deals.Where(d => d.Id == deal.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.HealthScore, score));
        }

        var queries = new DealQueries(circle.Contexts);
        async Task<string[]> NamesAsync(DealSearch search) =>
            (await queries.SearchAsync(search)).Rows.Select(r => r.Name).ToArray();

        Assert.Equal(["d39"], await NamesAsync(new DealSearch { HealthBands = [HealthBand.Critical] }));
        Assert.Equal(["d40", "d69"], await NamesAsync(new DealSearch
        {
            HealthBands = [HealthBand.AtRisk], SortBy = DealSortField.Health, Descending = false,
        }));
        Assert.Equal(["d70"], await NamesAsync(new DealSearch { HealthBands = [HealthBand.Healthy] }));
        Assert.Equal(["d39", "d70"], await NamesAsync(new DealSearch
        {
            HealthBands = [HealthBand.Healthy, HealthBand.Critical], SortBy = DealSortField.Health, Descending = false,
        }));
        Assert.Equal(["d70", "d69", "d40", "d39", "none"],
            await NamesAsync(new DealSearch { SortBy = DealSortField.Health, Descending = true }));
        var row = (await queries.SearchAsync(new DealSearch { HealthBands = [HealthBand.Healthy] })).Rows.Single();
        Assert.Equal(70, row.HealthScore);
    }

    /// <summary>The score of every open deal computed in memory from raw rows, independently of the SQL that
    /// gathers the facts.</summary>
    private async Task<Dictionary<Guid, int>> ExpectedScoresAsync(DealDeskDbContext db)
    {
        var now = _clock.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var deals = await db.Deals.Where(d => d.WonAt == null && d.LostAt == null).ToListAsync();
        var stages = await db.PipelineStages.IgnoreQueryFilters([DealDeskDbContext.ArchivedStageFilter])
            .ToDictionaryAsync(s => s.Id);
        var activities = await db.Activities.ToListAsync();
        var qualifications = await db.DealQualifications.ToListAsync();
        var stakeholders = await db.Stakeholders.ToListAsync();
        var tasks = await db.DealTasks.ToListAsync();
        List<ElementAssessment> Assessed(Guid dealId) => qualifications.Where(q => q.DealId == dealId)
            .Select(q => new ElementAssessment(q.Element, q.Status, q.Score)).ToList();
        return deals.ToDictionary(d => d.Id, d =>
        {
            var people = stakeholders.Where(s => s.AccountId == d.AccountId).ToList();
            var last = activities.Where(a => a.DealId == d.Id && a.Kind != ActivityKind.HealthChanged)
                .Select(a => (DateTime?)a.OccurredAt).Max();
            var facts = new HealthFacts
            {
                StageName = stages[d.StageId].Name,
                DaysInStage = Rotting.DaysIn(d.StageEnteredAt, now),
                StageNormDays = stages[d.StageId].RottingDays,
                DaysSinceLastActivity = last is { } l ? Rotting.DaysIn(l, now) : null,
                DaysPastCloseDate = d.ExpectedCloseDate is { } c ? Math.Max(0, today.DayNumber - c.DayNumber) : null,
                CloseDatePushCount = d.CloseDatePushCount,
                QualificationScore = QualificationScoring.Overall(Assessed(d.Id)),
                Champion = KeyPerson.Champion(Assessed(d.Id), people.Any(p => p.Plays(StakeholderRoles.Champion))),
                EconomicBuyer = KeyPerson.EconomicBuyer(Assessed(d.Id),
                    people.Any(p => p.Plays(StakeholderRoles.DecisionMaker))),
                EngagedStakeholders = people.Count(p => p.RelationshipStrength.Value >= 5
                    || p.LastInteractionAt >= now.AddDays(-30)),
                OverdueTasks = tasks.Count(t => t.DealId == d.Id && t.IsOverdue(today)),
            };
            return HealthCalculator.Calculate(facts, null)!.Score;
        });
    }

    private static async Task SeedTinyAsync(SqliteTestDatabase sqlite)
    {
        await new DealDesk.Data.Seeding.DemoDataSeeder(sqlite.Database, Microsoft.Extensions.Options.Options.Create(
                new DealDesk.Data.Seeding.DemoSettings { Seed = true, Accounts = 2, Deals = 4, Contacts = 1, Kpis = 1, KpiHistoryDays = 1 }),
            TimeProvider.System, NullLogger<DealDesk.Data.Seeding.DemoDataSeeder>.Instance).SeedIfEmptyAsync();
    }

    internal static async Task<Guid> AcmeAsync(SqliteTestDatabase sqlite)
    {
        await using var db = sqlite.For(TenantScope.None);
        return await db.Workspaces.IgnoreQueryFilters().Where(w => w.Name == "Acme Sales").Select(w => w.Id).SingleAsync();
    }

    internal static async Task<Guid> DealOfCircleAsync(SqliteTestDatabase sqlite, string circle, int skip = 0)
    {
        await using var db = sqlite.For(TenantScope.System(await AcmeAsync(sqlite)));
        return await (from d in db.Deals
                      join c in db.Circles on d.CircleId equals c.Id
                      where c.Name == circle && d.WonAt == null && d.LostAt == null
                      orderby d.Id
                      select d.Id).Skip(skip).FirstAsync();
    }

    /// <summary>An open deal visible in <paramref name="scope"/>, with its seeded MEDDPICC, evidence and health
    /// cleared so that a test starts from a deal nobody has qualified or scored.</summary>
    internal static async Task<(Guid DealId, Guid AccountId)> OpenDealAsync(SqliteTestDatabase sqlite, TenantScope scope)
    {
        Guid dealId, accountId;
        await using (var db = sqlite.For(scope))
        {
            var deal = await db.Deals.Where(d => d.WonAt == null && d.LostAt == null).OrderBy(d => d.Id)
                .Select(d => new { d.Id, d.AccountId }).FirstAsync();
            (dealId, accountId) = (deal.Id, deal.AccountId);
        }

        await using var system = sqlite.For(TenantScope.System(await AcmeAsync(sqlite)));
        await system.DealQualifications.Where(q => q.DealId == dealId).ExecuteDeleteAsync();
        await system.IntelligenceEvidence.Where(e => e.DealId == dealId).ExecuteDeleteAsync();
        await system.DealHealthHistory.Where(h => h.DealId == dealId).ExecuteDeleteAsync();
        // The demo seeds tasks and a political map too: the tests add their own, one at a time.
        await system.DealTasks.Where(t => t.DealId == dealId).ExecuteDeleteAsync();
        await system.Activities.Where(a => a.DealId == dealId && a.Kind == ActivityKind.HealthChanged).ExecuteDeleteAsync();
        await system.Stakeholders.Where(p => p.AccountId == accountId).ExecuteDeleteAsync();
        await system.Deals.Where(d => d.Id == dealId).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.HealthScore, (int?)null)
            .SetProperty(d => d.HealthTrend, HealthTrend.Stable)
            .SetProperty(d => d.HealthCalculatedAt, (DateTime?)null)
            // Fresh in its stage and closing ahead, so no score a test reaches is clamped at 0 or 100.
            .SetProperty(d => d.StageEnteredAt, DateTime.UtcNow.AddDays(-1))
            .SetProperty(d => d.ExpectedCloseDate, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)))
            .SetProperty(d => d.CloseDatePushCount, 0));
        return (dealId, accountId);
    }

    private static async Task<(int? Score, int History, int Qualifications, int Evidence)> HealthStateAsync(
        DealDeskDbContext db, Guid dealId) =>
        (await db.Deals.Where(d => d.Id == dealId).Select(d => d.HealthScore).SingleAsync(),
            await db.DealHealthHistory.CountAsync(h => h.DealId == dealId),
            await db.DealQualifications.CountAsync(q => q.DealId == dealId),
            await db.IntelligenceEvidence.CountAsync(e => e.DealId == dealId));

    internal static async Task<(int? Score, int History, int Qualifications, int Evidence)> HealthStateAsync(
        SqliteTestDatabase sqlite, Guid workspaceId, Guid dealId)
    {
        await using var db = sqlite.For(TenantScope.System(workspaceId));
        return await HealthStateAsync(db, dealId);
    }

    internal static async Task AddStakeholderAsync(SqliteTestDatabase sqlite, TenantScope scope, Guid accountId,
        StakeholderRoles roles)
    {
        await using var db = sqlite.For(scope);
        var person = new Stakeholder(accountId, "Pat Buyer " + Guid.NewGuid().ToString("N")[..6], null, "VP Finance");
        person.PlayRoles(roles);
        db.Stakeholders.Add(person);
        await db.SaveChangesAsync();
    }

    internal static async Task AddOverdueTaskAsync(SqliteTestDatabase sqlite, TenantScope scope, Guid dealId)
    {
        await using var db = sqlite.For(scope);
        db.DealTasks.Add(new DealTask(dealId, "Send the proposal", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3)),
            null, null, DateTime.UtcNow.AddDays(-5)));
        await db.SaveChangesAsync();
    }
}
