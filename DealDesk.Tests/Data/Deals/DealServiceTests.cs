using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Deals;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Data.Deals;

/// <summary>Creating, editing and moving deals through the service: rules enforced again, nothing half-written,
/// stale versions refused, every committed change announced.</summary>
public sealed class DealServiceTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private readonly FixedClock _clock = new(DateTime.UtcNow.AddMinutes(1));
    private readonly RecordingChangeFeed _feed = new();

    [Fact]
    public async Task Create_WithValidDraft_SavesTheDealWithItsFirstStageEntry_AndAnnouncesIt()
    {
        var (service, scope) = await ServiceForAsync("rep@dealdesk.demo");
        var draft = await DraftAsync(scope, "Open");

        var result = await service.CreateAsync(draft);

        Assert.True(result.Succeeded, string.Join("; ", result.AllMessages()));
        await using var db = seeded.Sqlite.For(scope);
        var saved = await db.Deals.Include(d => d.StageHistory).SingleAsync(d => d.Id == result.Value);
        Assert.Equal(draft.Name, saved.Name);
        Assert.Equal(draft.Value, saved.Value);
        Assert.Equal(draft.OwnerId, saved.OwnerId);
        Assert.Equal(draft.StageId, saved.StageId);
        Assert.Single(saved.StageHistory);
        var change = Assert.Single(_feed.Published);
        Assert.Equal((result.Value, DealChangeKind.Created), (change.DealId, change.Kind));
    }

    [Theory]
    [InlineData("", nameof(DealDraft.Name))]
    [InlineData("too-long", nameof(DealDraft.Name))]
    [InlineData("negative", nameof(DealDraft.Value))]
    [InlineData("currency", nameof(DealDraft.Currency))]
    [InlineData("no-account", nameof(DealDraft.AccountId))]
    [InlineData("year-1", nameof(DealDraft.ExpectedCloseDate))]
    [InlineData("year-9999", nameof(DealDraft.ExpectedCloseDate))]
    public async Task Create_WithInvalidField_ReportsThatField_AndWritesNothing(string breakage, string field)
    {
        var (service, scope) = await ServiceForAsync("rep@dealdesk.demo");
        var draft = await DraftAsync(scope, "Open");
        _ = breakage switch
        {
            "" => draft.Name = " ",
            "too-long" => draft.Name = new string('x', Deal.NameMaxLength + 1),
            "negative" => (draft.Value = -1m).ToString(),
            "currency" => draft.Currency = "dollars",
            "year-1" => (draft.ExpectedCloseDate = new DateOnly(1, 1, 1)).ToString(),
            "year-9999" => (draft.ExpectedCloseDate = new DateOnly(9999, 12, 31)).ToString(),
            _ => (draft.AccountId = null).ToString(),
        };

        var before = await CountDealsAsync(scope);
        var result = await service.CreateAsync(draft);

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.True(result.FieldErrors.ContainsKey(field), string.Join(", ", result.FieldErrors.Keys));
        Assert.Equal(before, await CountDealsAsync(scope));
        Assert.Empty(_feed.Published);
    }

    [Fact]
    public async Task Create_InACircleTheUserIsNotIn_IsRefusedOnTheCircleField()
    {
        var (service, scope) = await ServiceForAsync("rep@dealdesk.demo");
        var draft = await DraftAsync(scope, "Open");
        await using var system = seeded.Sqlite.For(TenantScope.System(scope.WorkspaceId));
        draft.CircleId = await system.Circles.Where(c => c.Name == "Partner Team").Select(c => c.Id).SingleAsync();

        var result = await service.CreateAsync(draft);

        Assert.Equal([nameof(DealDraft.CircleId)], result.FieldErrors.Keys);
    }

    [Fact]
    public async Task Create_WithAnotherWorkspacesAccount_IsRefusedOnTheAccountField()
    {
        var (service, scope) = await ServiceForAsync("rep@dealdesk.demo");
        var draft = await DraftAsync(scope, "Open");
        var globex = await seeded.WorkspaceScopeAsync("Globex");
        await using var other = seeded.Sqlite.For(globex);
        draft.AccountId = await other.Accounts.Select(a => a.Id).FirstAsync();

        var result = await service.CreateAsync(draft);

        Assert.Equal([nameof(DealDraft.AccountId)], result.FieldErrors.Keys);
    }

    [Fact]
    public async Task Create_InALostStageWithoutReason_AsksForTheReason()
    {
        var (service, scope) = await ServiceForAsync("rep@dealdesk.demo");
        var draft = await DraftAsync(scope, "Lost");

        var result = await service.CreateAsync(draft);

        Assert.Equal(DealMessages.LostReasonRequired, Assert.Single(result.FieldErrors[nameof(DealDraft.LostReason)]));
    }

    [Fact]
    public async Task Update_WithTheVersionTheUserSaw_SavesEveryField()
    {
        var (service, scope) = await ServiceForAsync("rep@dealdesk.demo");
        var id = (await service.CreateAsync(await DraftAsync(scope, "Open"))).Value;
        var draft = (await service.GetDraftAsync(id))!;

        draft.Name = "Renamed";
        draft.Value = 12_345.67m;
        draft.Priority = DealPriority.High;
        draft.ExpectedCloseDate = new DateOnly(2027, 3, 31);
        var result = await service.UpdateAsync(id, draft);

        Assert.True(result.Succeeded, string.Join("; ", result.AllMessages()));
        var stored = (await service.GetDraftAsync(id))!;
        Assert.Equal(("Renamed", 12_345.67m, DealPriority.High, new DateOnly(2027, 3, 31)),
            (stored.Name, stored.Value!.Value, stored.Priority, stored.ExpectedCloseDate!.Value));
        Assert.NotEqual(draft.Version, stored.Version);
    }

    [Fact]
    public async Task Update_WithAStaleVersion_IsAConflict_AndKeepsTheOtherEdit()
    {
        var (service, scope) = await ServiceForAsync("rep@dealdesk.demo");
        var id = (await service.CreateAsync(await DraftAsync(scope, "Open"))).Value;
        var mine = (await service.GetDraftAsync(id))!;
        var theirs = (await service.GetDraftAsync(id))!;
        theirs.Name = "Their edit";
        Assert.True((await service.UpdateAsync(id, theirs)).Succeeded);

        mine.Name = "My edit";
        var result = await service.UpdateAsync(id, mine);

        Assert.Equal(ResultStatus.Conflict, result.Status);
        Assert.Equal(DealMessages.Conflict, result.Message);
        Assert.Equal("Their edit", (await service.GetDraftAsync(id))!.Name);
    }

    [Fact]
    public async Task Update_ChangingTheStage_IsAStageMove()
    {
        var (service, scope) = await ServiceForAsync("rep@dealdesk.demo");
        var id = (await service.CreateAsync(await DraftAsync(scope, "Open"))).Value;
        var draft = (await service.GetDraftAsync(id))!;
        draft.StageId = await StageIdAsync(scope, "Won");

        Assert.True((await service.UpdateAsync(id, draft)).Succeeded);

        await using var db = seeded.Sqlite.For(scope);
        var deal = await db.Deals.Include(d => d.StageHistory).SingleAsync(d => d.Id == id);
        Assert.Equal(_clock.UtcNow, deal.WonAt);
        Assert.Equal(100, deal.Probability);
        Assert.Equal(2, deal.StageHistory.Count);
        Assert.Equal(DealChangeKind.Moved, _feed.Published[^1].Kind);
    }

    [Fact]
    public async Task Move_ToAnotherStage_WritesHistoryProbabilityAndTimestamps()
    {
        var (service, scope) = await ServiceForAsync("rep@dealdesk.demo");
        var id = (await service.CreateAsync(await DraftAsync(scope, "Open"))).Value;
        var proposal = await StageIdAsync(scope, "Proposal");
        _clock.UtcNow = _clock.UtcNow.AddDays(3);

        var result = await service.MoveAsync(id, proposal, lostReason: null, await VersionAsync(service, id));

        Assert.True(result.Succeeded, result.Message);
        await using var db = seeded.Sqlite.For(scope);
        var deal = await db.Deals.Include(d => d.StageHistory).SingleAsync(d => d.Id == id);
        var entry = deal.StageHistory.OrderBy(h => h.MovedAt).Last();
        Assert.Equal((proposal, scope.UserId, TimeSpan.FromDays(3)), (entry.ToStageId, entry.MovedBy, entry.TimeInPreviousStage!.Value));
        Assert.Equal(await db.PipelineStages.Where(s => s.Id == proposal).Select(s => s.DefaultProbability).SingleAsync(),
            deal.Probability);
        var change = _feed.Published[^1];
        Assert.Equal((DealChangeKind.Moved, proposal), (change.Kind, change.ToStageId));
    }

    [Fact]
    public async Task Move_IsAnnouncedOnce_WithItsNewHealth_AndTheDealBeforeAndAfter()
    {
        var (service, scope) = await ServiceForAsync("rep@dealdesk.demo");
        var draft = await DraftAsync(scope, "Open");
        var id = (await service.CreateAsync(draft)).Value;
        var open = draft.StageId;
        var proposal = await StageIdAsync(scope, "Proposal");
        _feed.Published.Clear();

        var result = await service.MoveAsync(id, proposal, lostReason: null, await VersionAsync(service, id));

        Assert.True(result.Succeeded, result.Message);
        var change = Assert.Single(_feed.Published);
        await using var db = seeded.Sqlite.For(scope);
        var deal = await db.Deals.SingleAsync(d => d.Id == id);
        Assert.True(change.HealthIncluded, "the move carries its rescore, so no second announcement follows");
        Assert.NotNull(deal.HealthScore);
        Assert.Equal((open, proposal, deal.HealthScore, deal.CircleId),
            (change.Before!.StageId, change.After!.StageId, change.After.HealthScore, change.After.CircleId));
    }

    [Fact]
    public async Task Move_ToLostWithoutReason_IsRefused_ThenWithReason_SetsLostAt()
    {
        var (service, scope) = await ServiceForAsync("rep@dealdesk.demo");
        var id = (await service.CreateAsync(await DraftAsync(scope, "Open"))).Value;
        var lost = await StageIdAsync(scope, "Lost");

        var refused = await service.MoveAsync(id, lost, "  ", await VersionAsync(service, id));
        var moved = await service.MoveAsync(id, lost, "Went with a competitor", await VersionAsync(service, id));

        Assert.Equal(ResultStatus.Invalid, refused.Status);
        Assert.True(moved.Succeeded, moved.Message);
        await using var db = seeded.Sqlite.For(scope);
        var deal = await db.Deals.SingleAsync(d => d.Id == id);
        Assert.Equal(("Went with a competitor", _clock.UtcNow), (deal.LostReason, deal.LostAt));
    }

    [Fact]
    public async Task Move_FromAStaleCard_IsAConflict_AndTheDealStaysWhereTheOtherMovePutIt()
    {
        var (service, scope) = await ServiceForAsync("rep@dealdesk.demo");
        var id = (await service.CreateAsync(await DraftAsync(scope, "Open"))).Value;
        var cardVersion = (await service.GetDraftAsync(id))!.Version!;
        var proposal = await StageIdAsync(scope, "Proposal");
        Assert.True((await service.MoveAsync(id, proposal, null, cardVersion)).Succeeded);

        var result = await service.MoveAsync(id, await StageIdAsync(scope, "Negotiation"), null, cardVersion);

        Assert.Equal(ResultStatus.Conflict, result.Status);
        Assert.Equal(proposal, (await service.GetDraftAsync(id))!.StageId);
    }

    [Fact]
    public async Task Move_OfADealInAnotherWorkspace_IsNotFound()
    {
        var (acme, acmeScope) = await ServiceForAsync("rep@dealdesk.demo");
        var id = (await acme.CreateAsync(await DraftAsync(acmeScope, "Open"))).Value;
        var (globex, globexScope) = await ServiceForAsync("admin@globex.demo");
        await using var db = seeded.Sqlite.For(globexScope);
        var globexStage = await db.PipelineStages.Select(s => s.Id).FirstAsync();

        Assert.Equal(ResultStatus.NotFound, (await globex.MoveAsync(id, globexStage, null, await VersionAsync(acme, id))).Status);
        Assert.Null(await globex.GetDraftAsync(id));
    }

    [Fact]
    public async Task FormOptions_OfferOnlyTheUsersCircles_AndTheirMembersAsOwners()
    {
        var (service, scope) = await ServiceForAsync("rep@dealdesk.demo");

        var options = await service.GetFormOptionsAsync();

        Assert.Equal(["Enterprise Team", "Growth Team"], options.Circles.Select(c => c.Name));
        Assert.Contains(options.Owners, o => o.Id == scope.UserId);
        Assert.DoesNotContain(options.Owners, o => o.Name == "Jamie Ortiz");
        Assert.Equal(8, options.Stages.Count);
        Assert.Equal(options.Stages.OrderBy(s => s.Order), options.Stages);
    }

    /// <summary>The deal's version as an edit form or a card would show it now.</summary>
    private static async Task<byte[]> VersionAsync(DealService service, Guid id) => (await service.GetDraftAsync(id))!.Version!;

    private async Task<(DealService Service, TenantScope Scope)> ServiceForAsync(string email,
        ICircleAccess? access = null)
    {
        var scope = await seeded.ScopeOfAsync(email);
        var contexts = new FixedScopeContextFactory(seeded.Sqlite.Database, scope);
        var service = new DealService(contexts,
            new TestCurrentUser(scope), _clock, _feed, NullLogger<DealService>.Instance,
            new RecordingNotificationFeed(), access ?? TestCircleAccess.For(contexts, scope));
        return (service, scope);
    }

    private async Task<DealDraft> DraftAsync(TenantScope scope, string stageKindOrName)
    {
        await using var db = seeded.Sqlite.For(scope);
        var stage = stageKindOrName == "Open"
            ? await db.PipelineStages.Where(s => s.Kind == StageKind.Open).OrderBy(s => s.Order).FirstAsync()
            : await db.PipelineStages.SingleAsync(s => s.Name == stageKindOrName);
        return new DealDraft
        {
            Name = "Test deal " + Guid.NewGuid().ToString("N")[..6],
            AccountId = await db.Accounts.Select(a => a.Id).FirstAsync(),
            CircleId = await db.Circles.OrderBy(c => c.Name).Select(c => c.Id).FirstAsync(),
            StageId = stage.Id,
            OwnerId = scope.UserId,
            Value = 25_000m,
            Currency = "usd",
        };
    }

    private async Task<Guid> StageIdAsync(TenantScope scope, string name)
    {
        await using var db = seeded.Sqlite.For(scope);
        return await db.PipelineStages.Where(s => s.Name == name).Select(s => s.Id).SingleAsync();
    }

    private async Task<int> CountDealsAsync(TenantScope scope)
    {
        await using var db = seeded.Sqlite.For(scope);
        return await db.Deals.CountAsync();
    }
}
