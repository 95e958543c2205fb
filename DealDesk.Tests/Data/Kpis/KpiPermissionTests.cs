using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Core.Kpis;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;

namespace DealDesk.Tests.Data.Kpis;

/// <summary>Every KPI action × every role, through the service: members view and update values, moderators and
/// admins also create, edit and delete; someone outside the circle is told it does not exist. A refusal writes
/// nothing and is logged with the user, the action and the target.</summary>
public sealed class KpiPermissionTests(KpiLab lab) : IClassFixture<KpiLab>
{
    public static TheoryData<string, CircleAction> Matrix()
    {
        var data = new TheoryData<string, CircleAction>();
        foreach (var role in new[] { "member", "moderator", "admin", "outsider" })
        {
            foreach (var action in new[]
                     {
                         CircleAction.ViewKpis, CircleAction.UpdateKpiValue, CircleAction.CreateKpi, CircleAction.EditKpi,
                         CircleAction.DeleteKpi,
                     })
            {
                data.Add(role, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EveryRoleAndAction_IsAllowedExactlyAsSeed003Says(string role, CircleAction action)
    {
        var circle = await lab.NewCircleAsync();
        var id = await circle.AddKpiAsync("Matrix", 10m, 20m);
        var before = await circle.CardAsync(id);
        var service = circle.Service(role);
        var userId = circle.Scope(role).UserId!.Value;
        CircleRole? held = role switch
        {
            "member" => CircleRole.Member,
            "moderator" => CircleRole.Moderator,
            "admin" => CircleRole.Admin,
            _ => null,
        };
        var allowed = CirclePermissions.Allows(held, action);

        var results = await ActAsync(service, action, circle.Id, id, before.Version);

        Assert.All(results, r => Assert.Equal(
            allowed ? ResultStatus.Ok : held is null ? ResultStatus.NotFound : ResultStatus.Forbidden, r.Status));
        var denials = lab.Denials.Where(d => d.Contains(userId.ToString(), StringComparison.Ordinal)).ToList();
        if (allowed)
        {
            Assert.Empty(denials);
            return;
        }

        Assert.Equal(results.Count, denials.Count);
        Assert.All(denials, d => Assert.Contains(action.ToString(), d, StringComparison.Ordinal));
        // The target is the KPI, or the circle for the calls that name no KPI (list, create).
        Assert.All(denials, d => Assert.True(d.Contains($"KPI {id}", StringComparison.Ordinal)
            || d.Contains($"circle {circle.Id}", StringComparison.Ordinal), d));
        var after = await circle.CardAsync(id);
        Assert.Equal((before.Name, before.Value, before.Target), (after.Name, after.Value, after.Target));
        Assert.Single(await circle.HistoryRowsAsync(id));
        Assert.Equal([id], (await circle.Service("member").ListAsync(circle.Id)).Value!.Select(c => c.Id));
    }

    [Fact]
    public async Task ARoleChange_AppliesToTheNextAction()
    {
        var circle = await lab.NewCircleAsync();
        var id = await circle.AddKpiAsync("Promotion", 1m, 2m);
        var member = circle.Service("member");
        Assert.Equal(ResultStatus.Forbidden, (await member.DeleteAsync(id)).Status);

        await using (var db = lab.Sqlite.For(DealDesk.Data.Persistence.Tenancy.TenantScope.System(circle.WorkspaceId)))
        {
            var membership = db.CircleMemberships.Single(m => m.UserId == circle.Scope("member").UserId);
            membership.ChangeRole(CircleRole.Moderator);
            await db.SaveChangesAsync();
        }

        Assert.True((await member.DeleteAsync(id)).Succeeded);
    }

    /// <summary>Every service call that needs <paramref name="action"/>.</summary>
    private static async Task<List<Result>> ActAsync(IKpiService service, CircleAction action, Guid circleId, Guid kpiId,
        byte[] version) => action switch
    {
        CircleAction.ViewKpis =>
        [
            await service.ListAsync(circleId), await service.GetAsync(kpiId), await service.HistoryAsync(kpiId),
        ],
        CircleAction.UpdateKpiValue => [await service.UpdateValueAsync(kpiId, 15m, version)],
        CircleAction.CreateKpi => [await service.CreateAsync(circleId, new KpiDraft { Name = "New", Value = 1m, Target = 2m })],
        CircleAction.EditKpi => [await service.EditAsync(kpiId, new KpiDraft { Name = "Renamed", Target = 40m, Version = version })],
        CircleAction.DeleteKpi => [await service.DeleteAsync(kpiId)],
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}
