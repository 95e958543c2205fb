using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Data;
using DealDesk.Data.Services;
using DealDesk.Data.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DealDesk.Tests.Data;

/// <summary>Invitations: a new person gets a sign-in in the inviter's workspace with a temporary password that works,
/// comes back once and is stored only as a hash; an email that already signs someone in is refused; only admins
/// invite; and a failed invitation leaves neither a user nor a membership behind.</summary>
public sealed class CircleAdminServiceInviteTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Invite_CreatesAUserOfTheWorkspace_WhoSignsInWithTheTemporaryPassword_AndIsAMember()
    {
        await using var admin = await AsAsync("admin@dealdesk.demo");
        var circleId = await NewCircleAsync(admin);
        var email = Unique("dana") + "@example.com";

        var invited = await admin.Service.InviteAsync(circleId,
            new InvitationDraft { DisplayName = "  Dana Diaz ", Email = " " + email + " ", Role = CircleRole.Moderator });

        Assert.True(invited.Succeeded, invited.Message);
        var person = invited.Value!;
        Assert.Equal(email, person.Email);
        Assert.Matches("^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$", person.TemporaryPassword);
        Assert.DoesNotContain(person.TemporaryPassword, person.ToString());

        var user = await admin.Users.FindByEmailAsync(email);
        Assert.NotNull(user);
        Assert.True(await admin.Users.CheckPasswordAsync(user, person.TemporaryPassword));
        Assert.False(await admin.Users.CheckPasswordAsync(user, "DealDesk-demo-2026"));
        Assert.False(await admin.Users.IsLockedOutAsync(user));
        Assert.Equal(("Dana Diaz", email, (await seeded.ScopeOfAsync("admin@dealdesk.demo")).WorkspaceId, false),
            (user.DisplayName, user.UserName, user.WorkspaceId, user.IsWorkspaceAdmin));
        Assert.NotEqual(person.TemporaryPassword, user.PasswordHash);
        Assert.Contains((person.UserId, "Dana Diaz", email, CircleRole.Moderator),
            (await admin.Service.GetAsync(circleId))!.Members.Select(m => (m.UserId, m.DisplayName, m.Email, m.Role)));

        // The new person's own scope sees the circle, acting in the role they were given.
        await using var dana = CircleAdminWorkbench.For(seeded.Sqlite, await seeded.ScopeOfAsync(email));
        Assert.Equal(CircleRole.Moderator, Assert.Single(await dana.Service.ListAsync()).MyRole);
        Assert.All(admin.Log.Entries.Concat(dana.Log.Entries),
            e => Assert.DoesNotContain(person.TemporaryPassword, e.Message, StringComparison.Ordinal));
        Assert.Contains(admin.Log.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("invited", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invite_IsForWorkspaceAdmins_ACircleAdminOrModeratorIsRefusedAndNoUserIsCreated()
    {
        await using var admin = await AsAsync("admin@dealdesk.demo");
        var circleId = await NewCircleAsync(admin, ("casey.nguyen@dealdesk.demo", CircleRole.Admin),
            ("moderator@dealdesk.demo", CircleRole.Moderator));
        await using var circleAdmin = await AsAsync("casey.nguyen@dealdesk.demo");
        await using var moderator = await AsAsync("moderator@dealdesk.demo");
        var byCircleAdminEmail = Unique("eli") + "@example.com";
        var byModeratorEmail = Unique("refused") + "@example.com";

        var byCircleAdmin = await circleAdmin.Service.InviteAsync(circleId,
            new InvitationDraft { DisplayName = "Eli Evans", Email = byCircleAdminEmail });
        var byModerator = await moderator.Service.InviteAsync(circleId,
            new InvitationDraft { DisplayName = "Fay Fox", Email = byModeratorEmail });

        Assert.Equal((ResultStatus.Forbidden, CircleMessages.OnlyWorkspaceAdminsInvite), (byCircleAdmin.Status, byCircleAdmin.Message));
        Assert.Equal((ResultStatus.Forbidden, CircleMessages.OnlyWorkspaceAdminsInvite), (byModerator.Status, byModerator.Message));
        Assert.Single(circleAdmin.Denials);
        Assert.Single(moderator.Denials);
        Assert.Null(await admin.Users.FindByEmailAsync(byCircleAdminEmail));
        Assert.Null(await admin.Users.FindByEmailAsync(byModeratorEmail));
    }

    [Theory]
    [InlineData("hank.scorpio@globex.demo")]
    [InlineData("RILEY@x")]
    [InlineData("REP@DEALDESK.DEMO")]
    public async Task Invite_WithAnEmailThatAlreadySignsIn_OrIsNoAddress_IsRefusedUnderEmail_AndAddsNobody(string email)
    {
        await using var admin = await AsAsync("admin@dealdesk.demo");
        var circleId = await NewCircleAsync(admin);
        var usersBefore = await CountUsersAsync();

        var refused = await admin.Service.InviteAsync(circleId, new InvitationDraft { DisplayName = "Copy Cat", Email = email });

        Assert.Equal(ResultStatus.Invalid, refused.Status);
        Assert.Single(refused.FieldErrors[nameof(InvitationDraft.Email)]);
        Assert.Equal(usersBefore, await CountUsersAsync());
        Assert.Empty((await admin.Service.GetAsync(circleId))!.Members);
    }

    [Fact]
    public async Task Invite_IntoAGlobexCircle_IsNotFound()
    {
        await using var admin = await AsAsync("admin@dealdesk.demo");
        await using var globexDb = seeded.Sqlite.For(await seeded.WorkspaceScopeAsync("Globex"));
        var globexCircle = await globexDb.Circles.Select(c => c.Id).FirstAsync();
        var email = Unique("gil") + "@example.com";

        var refused = await admin.Service.InviteAsync(globexCircle, new InvitationDraft { DisplayName = "Gil", Email = email });

        Assert.Equal(ResultStatus.NotFound, refused.Status);
        Assert.Null(await admin.Users.FindByEmailAsync(email));
    }

    [Fact]
    public async Task Invite_WhenTheMembershipCannotBeWritten_RollsTheNewUserBack()
    {
        // The circle vanishes between the permission check and the write: the check said yes, the membership's
        // foreign key then fails after Identity has already inserted the user in the same transaction.
        var ghostCircle = Guid.NewGuid();
        var scope = await seeded.ScopeOfAsync("admin@dealdesk.demo");
        VanishingCircleAccess? vanishing = null;
        await using var workbench = CircleAdminWorkbench.For(seeded.Sqlite, scope,
            sp => vanishing = new VanishingCircleAccess(new CircleAccess(sp.GetRequiredService<IDbContextFactory<DealDeskDbContext>>(),
                new TestCurrentUser(scope), sp.GetRequiredService<ILogger<CircleAccess>>()), ghostCircle));
        var email = Unique("ghost") + "@example.com";
        var usersBefore = await CountUsersAsync();

        var failed = await workbench.Service.InviteAsync(ghostCircle, new InvitationDraft { DisplayName = "Gus Ghost", Email = email });

        Assert.Equal((ResultStatus.NotFound, CircleMessages.NotFound), (failed.Status, failed.Message));
        Assert.Equal(1, vanishing!.RoleAnswers); // asked after the failed write: the write was tried
        Assert.Null(await workbench.Users.FindByEmailAsync(email));
        Assert.Equal(usersBefore, await CountUsersAsync());
        await using var raw = seeded.Sqlite.For(TenantScope.System(scope.WorkspaceId));
        Assert.False(await raw.CircleMemberships.AnyAsync(m => m.CircleId == ghostCircle));

        // The scope's context is clean afterwards: the next invitation into a real circle works.
        await using var admin = await AsAsync("admin@dealdesk.demo");
        var real = await NewCircleAsync(admin);
        Assert.True((await workbench.Service.InviteAsync(real, new InvitationDraft { DisplayName = "Gus Ghost", Email = email })).Succeeded);
    }

    private async Task<CircleAdminWorkbench> AsAsync(string email) =>
        CircleAdminWorkbench.For(seeded.Sqlite, await seeded.ScopeOfAsync(email));

    private async Task<int> CountUsersAsync()
    {
        await using var db = seeded.Sqlite.For(TenantScope.None);
        return await db.Users.CountAsync();
    }

    private async Task<Guid> NewCircleAsync(CircleAdminWorkbench admin, params (string Email, CircleRole Role)[] members)
    {
        var created = await admin.Service.CreateAsync(new CircleDraft { Name = Unique("Invite Team") });
        Assert.True(created.Succeeded, created.Message);
        foreach (var (email, role) in members)
        {
            var userId = (await seeded.ScopeOfAsync(email)).UserId!.Value;
            Assert.True((await admin.Service.AddMemberAsync(new MemberRoleRequest(created.Value, userId, role))).Succeeded);
        }

        return created.Value;
    }

    private static string Unique(string name) => $"{name}.{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Says yes to managing <paramref name="ghost"/> (a circle that is not there), as if it were deleted right
    /// after the check; asked for the user's role there afterwards, it answers truthfully: none. Every other circle is
    /// answered by the real access.</summary>
    private sealed class VanishingCircleAccess(ICircleAccess real, Guid ghost) : ICircleAccess
    {
        public int RoleAnswers { get; private set; }

        public Task<IReadOnlyList<MyCircle>> MyCirclesAsync(CancellationToken cancellationToken = default) =>
            real.MyCirclesAsync(cancellationToken);

        public async Task<CircleRole?> RoleInAsync(Guid circleId, CancellationToken cancellationToken = default) =>
            circleId != ghost ? await real.RoleInAsync(circleId, cancellationToken) : Answered();

        private CircleRole? Answered()
        {
            RoleAnswers++;
            return null;
        }

        public async Task<Result?> CheckAsync(Guid circleId, CircleAction action, string target,
            CancellationToken cancellationToken = default)
        {
            if (circleId != ghost)
            {
                return await real.CheckAsync(circleId, action, target, cancellationToken);
            }

            return null;
        }
    }
}
