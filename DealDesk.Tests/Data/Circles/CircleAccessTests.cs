using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Data.Circles;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Tests.Data.Circles;

/// <summary>Circle roles come from the memberships table on every call: a role changed in the database is the answer
/// of the very next call of the same instance; workspace admins act as admins of their workspace's circles only; a
/// stranger is told the circle does not exist; a refused member is told why and the refusal is logged.</summary>
public sealed class CircleAccessTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private readonly RecordingLoggerProvider _log = new();

    [Fact]
    public async Task RoleIn_ReadsTheDatabaseOnEveryCall_SoARoleChangeAppliesToTheNextAction()
    {
        var circle = await HandMadeCircle.CreateAsync(seeded.Sqlite, "Access");
        var access = Access(circle.Member);
        Assert.Equal(CircleRole.Member, await access.RoleInAsync(circle.CircleId));
        Assert.Equal(ResultStatus.Forbidden, (await access.CheckAsync(circle.CircleId, CircleAction.DeleteKpi, "kpi 1"))?.Status);

        await SetRoleAsync(circle, CircleRole.Moderator);

        Assert.Equal(CircleRole.Moderator, await access.RoleInAsync(circle.CircleId));
        Assert.Null(await access.CheckAsync(circle.CircleId, CircleAction.DeleteKpi, "kpi 1"));
        Assert.Contains(await access.MyCirclesAsync(), c => c.Id == circle.CircleId && c.Role == CircleRole.Moderator);

        await SetRoleAsync(circle, null);

        Assert.Null(await access.RoleInAsync(circle.CircleId));
        Assert.Equal(ResultStatus.NotFound, (await access.CheckAsync(circle.CircleId, CircleAction.ViewKpis, "kpis"))?.Status);
        Assert.DoesNotContain(await access.MyCirclesAsync(), c => c.Id == circle.CircleId);
    }

    [Fact]
    public async Task WorkspaceAdmin_ActsAsAdminOfEveryCircleOfTheirWorkspace_AndOfNoneElsewhere()
    {
        var circle = await HandMadeCircle.CreateAsync(seeded.Sqlite, "Admin sees");
        var admin = Access(await seeded.ScopeOfAsync("admin@dealdesk.demo"));
        var globexCircle = await GlobexCircleAsync();

        Assert.Equal(CircleRole.Admin, await admin.RoleInAsync(circle.CircleId));
        Assert.Null(await admin.CheckAsync(circle.CircleId, CircleAction.ManageMembers, "members"));
        Assert.All(await admin.MyCirclesAsync(), c => Assert.Equal(CircleRole.Admin, c.Role));
        Assert.Null(await admin.RoleInAsync(globexCircle));
        Assert.Equal(ResultStatus.NotFound,
            (await admin.CheckAsync(globexCircle, CircleAction.ViewContacts, "contacts"))?.Status);
        Assert.DoesNotContain(await admin.MyCirclesAsync(), c => c.Id == globexCircle);
    }

    [Fact]
    public async Task NotAMember_IsToldTheCircleDoesNotExist_ForEveryAction()
    {
        var circle = await HandMadeCircle.CreateAsync(seeded.Sqlite, "Strangers");
        var rep = Access(await seeded.ScopeOfAsync("rep@dealdesk.demo"));

        foreach (var action in Enum.GetValues<CircleAction>())
        {
            var refused = await rep.CheckAsync(circle.CircleId, action, "anything");
            Assert.Equal(ResultStatus.NotFound, refused?.Status);
            Assert.Equal(CircleMessages.NotFound, refused?.Message);
        }

        Assert.Null(await rep.RoleInAsync(circle.CircleId));
    }

    [Fact]
    public async Task Member_IsForbiddenAModeratorAction_AndTheDenialIsLoggedWithUserActionAndTarget()
    {
        var circle = await HandMadeCircle.CreateAsync(seeded.Sqlite, "Denied");
        var access = Access(circle.Member);

        Assert.Null(await access.CheckAsync(circle.CircleId, CircleAction.UpdateKpiValue, "kpi 42"));
        Assert.Empty(_log.Entries);
        var refused = await access.CheckAsync(circle.CircleId, CircleAction.CreateContact, "contact import");

        Assert.Equal(ResultStatus.Forbidden, refused?.Status);
        Assert.Equal("Only circle moderators and admins may create contacts.", refused?.Message);
        var denial = Assert.Single(_log.Entries);
        Assert.Equal(LogLevel.Warning, denial.Level);
        Assert.Equal(circle.Member.UserId, denial.Values["UserId"]);
        Assert.Equal(CircleAction.CreateContact, denial.Values["Action"]);
        Assert.Equal("contact import", denial.Values["Target"]);
        Assert.Equal(circle.CircleId, denial.Values["CircleId"]);
        Assert.Contains(circle.Member.UserId.ToString()!, denial.Message);
    }

    private CircleAccess Access(TenantScope scope) =>
        new(new FixedScopeContextFactory(seeded.Sqlite.Database, scope), new TestCurrentUser(scope), _log.For<CircleAccess>());

    /// <summary>Changes (or with <c>null</c> removes) the hand-made member's role behind the service's back.</summary>
    private async Task SetRoleAsync(HandMadeCircle circle, CircleRole? role)
    {
        await using var db = seeded.Sqlite.For(TenantScope.System(circle.Member.WorkspaceId));
        var membership = await db.CircleMemberships.SingleAsync(m => m.CircleId == circle.CircleId && m.UserId == circle.Member.UserId);
        if (role is { } held)
        {
            membership.ChangeRole(held);
        }
        else
        {
            db.CircleMemberships.Remove(membership);
        }

        await db.SaveChangesAsync();
    }

    private async Task<Guid> GlobexCircleAsync()
    {
        await using var db = seeded.Sqlite.For(await seeded.WorkspaceScopeAsync("Globex"));
        return await db.Circles.Select(c => c.Id).FirstAsync();
    }
}
