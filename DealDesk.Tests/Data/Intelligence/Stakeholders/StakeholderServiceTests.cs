using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Data.Intelligence.Stakeholders;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Data.Intelligence.Stakeholders;

/// <summary>The political map through the service on real SQLite: heuristic and overrides, unique emails, one
/// timeline entry per open deal of the account in the same save, and isolation by workspace and circle. Each test
/// writes to its own database.</summary>
public sealed class StakeholderServiceTests : IAsyncLifetime
{
    private const string Rep = "rep@dealdesk.demo";
    private readonly FixedClock _clock = new(DateTime.UtcNow.AddMinutes(1));
    private readonly RecordingChangeFeed _feed = new();
    private SqliteTestDatabase _db = null!;

    public async ValueTask InitializeAsync() => _db = await FreshDemoDatabase.CreateAsync();

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Add_ByHand_ProposesScoresFromTheTitle_AndRecordsItOnEveryOpenDealOfTheAccount()
    {
        var (service, scope) = await ServiceForAsync(Rep);
        var (dealId, accountId) = await BusiestVisibleDealAsync(scope);

        var added = await service.AddAsync(dealId, new StakeholderDraft { Name = "Vera Price", Title = "VP Sales" });

        Assert.True(added.Succeeded, string.Join("; ", added.AllMessages()));
        await using var system = _db.For(TenantScope.System(scope.WorkspaceId));
        var saved = await system.Stakeholders.SingleAsync(s => s.Id == added.Value);
        Assert.Equal((7, ScoreSource.Heuristic, "VP title suggests high decision power"),
            (saved.DecisionPower.Value, saved.DecisionPower.Source, saved.DecisionPower.Evidence));
        var openDeals = await system.Deals.Where(d => d.AccountId == accountId && d.WonAt == null && d.LostAt == null)
            .Select(d => d.Id).ToListAsync();
        var expected = openDeals.Append(dealId).Distinct().Order().ToList();
        Assert.True(expected.Count > 1, "the busiest account has several open deals");
        var entries = await system.Activities.Where(a => a.Kind == ActivityKind.StakeholderAdded).ToListAsync();
        Assert.Equal(expected, entries.Select(a => a.DealId).Order());
        Assert.All(entries, a => Assert.Equal((scope.UserId, _clock.UtcNow), (a.ActorId, a.OccurredAt)));
        Assert.Equal(expected, _feed.Published.Where(c => c.Kind == DealChangeKind.Worked).Select(c => c.DealId).Order());
    }

    [Theory]
    [InlineData("a@b")]
    [InlineData("x@y.com<script>")]
    public async Task Add_WithAnEmailContactsWouldRefuse_IsRefusedOnEmail(string email)
    {
        var (service, scope) = await ServiceForAsync(Rep);
        var (dealId, _) = await BusiestVisibleDealAsync(scope);

        var added = await service.AddAsync(dealId, new StakeholderDraft { Name = "Ann", Email = email });

        Assert.Equal(ResultStatus.Invalid, added.Status);
        Assert.Equal([EmailAddressRule.Message], added.FieldErrors["Email"]);
    }

    [Fact]
    public async Task Add_WithHiddenCharactersAndAVeryLongTitleQuote_StoresCleanTextAndValidEvidence()
    {
        var (service, scope) = await ServiceForAsync(Rep);
        var (dealId, _) = await BusiestVisibleDealAsync(scope);
        var title = string.Concat(Enumerable.Repeat("Analyst ", 25))[..Stakeholder.NameMaxLength];

        var added = await service.AddAsync(dealId, new StakeholderDraft
        {
            Name = "Ann\u202E\0 Lee", Title = title, Notes = "Met\u0007 once.\nLikes us.",
        });

        Assert.True(added.Succeeded, string.Join("; ", added.AllMessages()));
        await using var system = _db.For(TenantScope.System(scope.WorkspaceId));
        var saved = await system.Stakeholders.SingleAsync(s => s.Id == added.Value);
        Assert.Equal(("Ann Lee", "Met once.\nLikes us."), (saved.Name, saved.Notes));
        Assert.InRange(saved.DecisionPower.Evidence!.Length, 1, StakeholderScore.EvidenceMaxLength);
    }

    [Fact]
    public async Task Add_WithAnEmailTakenOnTheAccountInOtherCase_IsRefusedOnEmail_AndWritesNothing()
    {
        var (service, scope) = await ServiceForAsync(Rep);
        var (dealId, _) = await BusiestVisibleDealAsync(scope);
        Assert.True((await service.AddAsync(dealId, new StakeholderDraft { Name = "Ann", Email = "ann@client.example" })).Succeeded);
        var activities = await CountActivitiesAsync(scope);
        _feed.Published.Clear();

        var second = await service.AddAsync(dealId, new StakeholderDraft { Name = "Other Ann", Email = "ANN@Client.Example" });

        Assert.Equal(ResultStatus.Invalid, second.Status);
        Assert.Equal([StakeholderMessages.EmailTaken("Ann")], second.FieldErrors[nameof(StakeholderDraft.Email)]);
        Assert.Equal(activities, await CountActivitiesAsync(scope));
        Assert.Empty(_feed.Published);
    }

    [Fact]
    public async Task Update_RolesAndAScore_RecordsOldAndNew_AndALaterTitleChangeKeepsTheOverride()
    {
        var (service, scope) = await ServiceForAsync(Rep);
        var (dealId, _) = await BusiestVisibleDealAsync(scope);
        var id = (await service.AddAsync(dealId, new StakeholderDraft
        {
            Name = "Sam", Title = "Analyst", Roles = StakeholderRoles.Influencer,
        })).Value;
        var card = (await service.GetMapAsync(dealId)).Value!.Stakeholders.Single(s => s.Id == id);
        var draft = StakeholderDraft.From(card);
        draft.Roles = StakeholderRoles.Champion | StakeholderRoles.Influencer;
        draft.DecisionPower = 6;
        draft.ScoreEvidence = "Owns the budget line";

        var updated = await service.UpdateAsync(dealId, id, draft);

        Assert.True(updated.Succeeded, string.Join("; ", updated.AllMessages()));
        await using (var system = _db.For(TenantScope.System(scope.WorkspaceId)))
        {
            var entry = await system.Activities.SingleAsync(a => a.DealId == dealId && a.Kind == ActivityKind.StakeholderChanged);
            Assert.Contains("roles Influencer → Champion, Influencer", entry.Summary, StringComparison.Ordinal);
            Assert.Contains("decision power 2 (heuristic) → 6 (override)", entry.Summary, StringComparison.Ordinal);
        }

        card = (await service.GetMapAsync(dealId)).Value!.Stakeholders.Single(s => s.Id == id);
        draft = StakeholderDraft.From(card);
        draft.Title = "Chief Executive Officer";
        Assert.True((await service.UpdateAsync(dealId, id, draft)).Succeeded);

        card = (await service.GetMapAsync(dealId)).Value!.Stakeholders.Single(s => s.Id == id);
        Assert.Equal(new StakeholderScore(6, ScoreSource.HumanOverride, "Owns the budget line"), card.DecisionPower);
        Assert.Equal((9, ScoreSource.Heuristic), (card.Influence.Value, card.Influence.Source));
    }

    [Fact]
    public async Task Update_FromAStaleVersion_IsAConflict()
    {
        var (service, scope) = await ServiceForAsync(Rep);
        var (dealId, _) = await BusiestVisibleDealAsync(scope);
        var id = (await service.AddAsync(dealId, new StakeholderDraft { Name = "Sam" })).Value;
        var stale = StakeholderDraft.From((await service.GetMapAsync(dealId)).Value!.Stakeholders.Single(s => s.Id == id));
        var first = StakeholderDraft.From((await service.GetMapAsync(dealId)).Value!.Stakeholders.Single(s => s.Id == id));
        first.Title = "CTO";
        Assert.True((await service.UpdateAsync(dealId, id, first)).Succeeded);

        stale.Roles = StakeholderRoles.Blocker;
        var result = await service.UpdateAsync(dealId, id, stale);

        Assert.Equal(ResultStatus.Conflict, result.Status);
    }

    [Fact]
    public async Task SetScore_WithoutEvidence_IsAnOverrideSetByTheUser()
    {
        var (service, scope) = await ServiceForAsync(Rep);
        var (dealId, _) = await BusiestVisibleDealAsync(scope);
        var id = (await service.AddAsync(dealId, new StakeholderDraft { Name = "Sam", Title = "Director" })).Value;

        var version = (await service.GetMapAsync(dealId)).Value!.Stakeholders.Single(s => s.Id == id).Version;
        var result = await service.SetScoreAsync(dealId, id, StakeholderScoreKind.Relationship, 8, evidence: null,
            version);

        Assert.True(result.Succeeded);
        var card = (await service.GetMapAsync(dealId)).Value!.Stakeholders.Single(s => s.Id == id);
        Assert.Equal((8, ScoreSource.HumanOverride), (card.Relationship.Value, card.Relationship.Source));
        Assert.StartsWith("Set by ", card.Relationship.Evidence, StringComparison.Ordinal);
        Assert.True(card.IsEngaged);
        Assert.Equal(ResultStatus.Invalid,
            (await service.SetScoreAsync(dealId, id, StakeholderScoreKind.Influence, 11, null, card.Version)).Status);
    }

    [Fact]
    public async Task Add_FromAContact_LinksIt_AndRemove_TakesThePersonOffTheMap()
    {
        var (service, scope) = await ServiceForAsync(Rep);
        var (dealId, _) = await BusiestVisibleDealAsync(scope);
        var contact = (await service.FindContactsAsync(null)).First();

        var id = (await service.AddAsync(dealId, new StakeholderDraft
        {
            Name = contact.Name, Email = contact.Email, ContactId = contact.Id,
        })).Value;
        var card = (await service.GetMapAsync(dealId)).Value!.Stakeholders.Single(s => s.Id == id);
        Assert.Equal((contact.Id, contact.Email), (card.ContactId, card.Email));

        Assert.True((await service.RemoveAsync(dealId, id)).Succeeded);
        Assert.DoesNotContain((await service.GetMapAsync(dealId)).Value!.Stakeholders, s => s.Id == id);
    }

    [Fact]
    public async Task GetMap_ShowsTheWarningsOfTheAccountsMap()
    {
        var (service, scope) = await ServiceForAsync(Rep);
        var (dealId, accountId) = await BusiestVisibleDealAsync(scope);
        await ClearMapAsync(scope, accountId);
        // A champion MEDDPICC knows of counts too (KeyPerson): this map is about the people on it.
        await using (var system = _db.For(TenantScope.System(scope.WorkspaceId)))
        {
            await system.DealQualifications.Where(q => q.DealId == dealId).ExecuteDeleteAsync();
        }

        await service.AddAsync(dealId, new StakeholderDraft
        {
            Name = "Boss", Title = "CEO", Roles = StakeholderRoles.DecisionMaker | StakeholderRoles.Blocker,
        });

        var map = (await service.GetMapAsync(dealId)).Value!;

        Assert.Equal([StakeholderWarningKind.NoChampion, StakeholderWarningKind.SingleThreaded,
            StakeholderWarningKind.InfluentialBlocker], map.Warnings.Select(w => w.Kind));
    }

    [Fact]
    public async Task AnotherWorkspace_OrACircleTheUserIsNotIn_SeesNotFound_AndCannotWrite()
    {
        var (rep, repScope) = await ServiceForAsync(Rep);
        var (globex, _) = await ServiceForAsync("admin@globex.demo");
        var (dealId, accountId) = await BusiestVisibleDealAsync(repScope);
        await ClearMapAsync(repScope, accountId);
        await using var system = _db.For(TenantScope.System(repScope.WorkspaceId));
        var hiddenDeal = await system.Deals.Where(d => system.Circles.Any(c => c.Id == d.CircleId && c.Name == "Partner Team"))
            .Select(d => d.Id).FirstAsync();
        var id = (await rep.AddAsync(dealId, new StakeholderDraft { Name = "Sam" })).Value;
        var activities = await CountActivitiesAsync(repScope);

        Assert.Equal(ResultStatus.NotFound, (await globex.GetMapAsync(dealId)).Status);
        Assert.Equal(ResultStatus.NotFound, (await globex.AddAsync(dealId, new StakeholderDraft { Name = "X" })).Status);
        Assert.Equal(ResultStatus.NotFound, (await globex.RemoveAsync(dealId, id)).Status);
        Assert.Equal(ResultStatus.NotFound, (await rep.GetMapAsync(hiddenDeal)).Status);
        Assert.Equal(ResultStatus.NotFound, (await rep.AddAsync(hiddenDeal, new StakeholderDraft { Name = "X" })).Status);
        Assert.Equal(activities, await CountActivitiesAsync(repScope));
        Assert.Single((await rep.GetMapAsync(dealId)).Value!.Stakeholders);
    }

    private async Task<(StakeholderService Service, TenantScope Scope)> ServiceForAsync(string email)
    {
        var scope = await _db.Database.ScopeOfUserAsync(email);
        return (new StakeholderService(new FixedScopeContextFactory(_db.Database, scope), new TestCurrentUser(scope),
            _clock, _feed, NullLogger<StakeholderService>.Instance), scope);
    }

    /// <summary>An open deal the user sees, of the account with the most open deals in the workspace.</summary>
    private async Task<(Guid DealId, Guid AccountId)> BusiestVisibleDealAsync(TenantScope scope)
    {
        await using var db = _db.For(scope);
        var visible = await db.Deals.Where(d => d.WonAt == null && d.LostAt == null)
            .Select(d => new { d.Id, d.AccountId }).ToListAsync();
        await using var system = _db.For(TenantScope.System(scope.WorkspaceId));
        var openPerAccount = await system.Deals.Where(d => d.WonAt == null && d.LostAt == null)
            .GroupBy(d => d.AccountId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
        var deal = visible.OrderByDescending(d => openPerAccount[d.AccountId]).ThenBy(d => d.Id).First();
        return (deal.Id, deal.AccountId);
    }

    /// <summary>Empties the seeded map of the deal's account, for tests that count what is on it.</summary>
    private async Task ClearMapAsync(TenantScope scope, Guid accountId)
    {
        await using var system = _db.For(TenantScope.System(scope.WorkspaceId));
        await system.Stakeholders.Where(s => s.AccountId == accountId).ExecuteDeleteAsync();
    }

    private async Task<int> CountActivitiesAsync(TenantScope scope)
    {
        await using var db = _db.For(TenantScope.System(scope.WorkspaceId));
        return await db.Activities.CountAsync();
    }
}
