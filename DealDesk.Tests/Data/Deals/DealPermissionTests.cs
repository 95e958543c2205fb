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

/// <summary>Deals take the decision path contacts and KPIs take: every write asks <see cref="ICircleAccess"/> about the
/// deal's circle (and the circle a draft puts it in), so a circle the user is not in answers as it does for contacts,
/// and a role the matrix refuses is forbidden with nothing written, whatever page or endpoint calls.</summary>
public sealed class DealPermissionTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private readonly FixedClock _clock = new(DateTime.UtcNow.AddMinutes(1));
    private readonly RecordingChangeFeed _feed = new();

    [Fact]
    public async Task Update_MovingTheDealIntoACircleTheUserIsNotIn_IsRefusedOnTheCircleField_AndWritesNothing()
    {
        var (service, scope) = await ServiceForAsync("rep@dealdesk.demo");
        var id = (await service.CreateAsync(await DraftAsync(scope))).Value;
        var draft = (await service.GetDraftAsync(id))!;
        var ownCircle = draft.CircleId;
        draft.CircleId = await CircleIdAsync(scope, "Partner Team");

        var result = await service.UpdateAsync(id, draft);

        Assert.Equal([nameof(DealDraft.CircleId)], result.FieldErrors.Keys);
        Assert.Equal(CircleMessages.ChooseOneOfYours, Assert.Single(result.FieldErrors[nameof(DealDraft.CircleId)]));
        Assert.Equal(ownCircle, (await service.GetDraftAsync(id))!.CircleId);
    }

    [Fact]
    public async Task Create_AsksTheCircleAccessToCreateInTheDraftsCircle_AndARefusedRoleIsForbidden()
    {
        var refusing = new RefusingCircleAccess(CircleAction.CreateDeal);
        var (service, scope) = await ServiceForAsync("rep@dealdesk.demo", refusing);
        var draft = await DraftAsync(scope);
        var before = await CountDealsAsync(scope);

        var result = await service.CreateAsync(draft);

        Assert.Equal(ResultStatus.Forbidden, result.Status);
        Assert.Equal((draft.CircleId!.Value, CircleAction.CreateDeal), Assert.Single(refusing.Asked));
        Assert.Equal(before, await CountDealsAsync(scope));
        Assert.Empty(_feed.Published);
    }

    [Fact]
    public async Task Update_ByARoleTheMatrixRefuses_IsForbidden_AndWritesNothing()
    {
        var (creator, scope) = await ServiceForAsync("rep@dealdesk.demo");
        var id = (await creator.CreateAsync(await DraftAsync(scope))).Value;
        var draft = (await creator.GetDraftAsync(id))!;
        var refusing = new RefusingCircleAccess(CircleAction.UpdateDeal);
        var (service, _) = await ServiceForAsync("rep@dealdesk.demo", refusing);
        draft.Name = "Not allowed";

        var result = await service.UpdateAsync(id, draft);

        Assert.Equal(ResultStatus.Forbidden, result.Status);
        Assert.Equal((draft.CircleId!.Value, CircleAction.UpdateDeal), refusing.Asked[0]);
        Assert.NotEqual("Not allowed", (await creator.GetDraftAsync(id))!.Name);
    }

    [Fact]
    public async Task Move_ByARoleTheMatrixRefuses_IsForbidden_AndTheDealStays()
    {
        var (creator, scope) = await ServiceForAsync("rep@dealdesk.demo");
        var draft = await DraftAsync(scope);
        var id = (await creator.CreateAsync(draft)).Value;
        var refusing = new RefusingCircleAccess(CircleAction.UpdateDeal);
        var (service, _) = await ServiceForAsync("rep@dealdesk.demo", refusing);
        await using var db = seeded.Sqlite.For(scope);
        var other = await db.PipelineStages.Where(s => s.Kind == StageKind.Open && s.Id != draft.StageId)
            .Select(s => s.Id).FirstAsync();

        var version = (await creator.GetDraftAsync(id))!.Version!;

        var result = await service.MoveAsync(id, other, null, version);

        Assert.Equal(ResultStatus.Forbidden, result.Status);
        Assert.Equal(draft.StageId, (await creator.GetDraftAsync(id))!.StageId);
    }

    [Fact]
    public async Task Update_OfADealInACircleTheUserIsNotIn_IsNotFound_AsForAContact()
    {
        var (admin, adminScope) = await ServiceForAsync("admin@dealdesk.demo");
        var draft = await DraftAsync(adminScope);
        draft.CircleId = await CircleIdAsync(adminScope, "Partner Team");
        var id = (await admin.CreateAsync(draft)).Value;
        var (rep, _) = await ServiceForAsync("rep@dealdesk.demo");
        draft.Name = "Hijacked";

        Assert.Equal(ResultStatus.NotFound, (await rep.UpdateAsync(id, draft)).Status);
        Assert.NotEqual("Hijacked", (await admin.GetDraftAsync(id))!.Name);
    }

    private async Task<(DealService Service, TenantScope Scope)> ServiceForAsync(string email,
        ICircleAccess? access = null)
    {
        var scope = await seeded.ScopeOfAsync(email);
        var contexts = new FixedScopeContextFactory(seeded.Sqlite.Database, scope);
        var service = new DealService(contexts, new TestCurrentUser(scope), _clock, _feed,
            NullLogger<DealService>.Instance, new RecordingNotificationFeed(),
            access ?? TestCircleAccess.For(contexts, scope));
        return (service, scope);
    }

    private async Task<DealDraft> DraftAsync(TenantScope scope)
    {
        await using var db = seeded.Sqlite.For(scope);
        var stage = await db.PipelineStages.Where(s => s.Kind == StageKind.Open).OrderBy(s => s.Order).FirstAsync();
        return new DealDraft
        {
            Name = "Permission deal " + Guid.NewGuid().ToString("N")[..6],
            AccountId = await db.Accounts.Select(a => a.Id).FirstAsync(),
            CircleId = await db.Circles.OrderBy(c => c.Name).Select(c => c.Id).FirstAsync(),
            StageId = stage.Id,
            OwnerId = scope.UserId,
            Value = 1_000m,
            Currency = "usd",
        };
    }

    private async Task<Guid> CircleIdAsync(TenantScope scope, string name)
    {
        await using var system = seeded.Sqlite.For(TenantScope.System(scope.WorkspaceId));
        return await system.Circles.Where(c => c.Name == name).Select(c => c.Id).SingleAsync();
    }

    private async Task<int> CountDealsAsync(TenantScope scope)
    {
        await using var db = seeded.Sqlite.For(scope);
        return await db.Deals.CountAsync();
    }

    /// <summary>A role matrix in which <paramref name="refused"/> needs more than the user holds (as a future
    /// read-only role would): forbidden for that action, allowed for any other; records what the service asked.</summary>
    private sealed class RefusingCircleAccess(CircleAction refused) : ICircleAccess
    {
        public List<(Guid CircleId, CircleAction Action)> Asked { get; } = [];

        public Task<IReadOnlyList<MyCircle>> MyCirclesAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<MyCircle>>([]);

        public Task<CircleRole?> RoleInAsync(Guid circleId, CancellationToken cancellationToken = default) =>
            Task.FromResult<CircleRole?>(CircleRole.Member);

        public Task<Result?> CheckAsync(Guid circleId, CircleAction action, string target,
            CancellationToken cancellationToken = default)
        {
            Asked.Add((circleId, action));
            return Task.FromResult(action == refused ? Result.Forbidden(CirclePermissions.Refusal(action)) : null);
        }
    }
}
