using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Data;
using DealDesk.Data.Circles;
using DealDesk.Data.Identity;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DealDesk.Tests.Data.Circles;

/// <summary>Invitations: a new person gets a sign-in in the inviter's workspace with a temporary password that works,
/// comes back once and is stored only as a hash; an email that already signs someone in to this workspace is refused,
/// while one of another workspace is invited exactly like a new one (ADR 0007); only admins invite; and a failed
/// invitation leaves neither a user nor a membership behind.</summary>
public sealed class CircleAdminServiceInviteTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Invite_CreatesAUserOfTheWorkspace_WhoSignsInWithTheTemporaryPassword_AndIsAMember()
    {
        await using var admin = await AsAsync("admin@dealdesk.demo");
        var circleId = await NewCircleAsync(admin);
        var email = Unique("dana") + "@example.com";

        var invited = await admin.Invitations.InviteAsync(circleId,
            new InvitationDraft { DisplayName = "  Dana Diaz ", Email = " " + email + " ", Role = CircleRole.Moderator });

        Assert.True(invited.Succeeded, invited.Message);
        var person = invited.Value!;
        Assert.Equal(email, person.Email);
        Assert.Matches("^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$", person.TemporaryPassword);
        Assert.DoesNotContain(person.TemporaryPassword, person.ToString());

        var workspaceId = (await seeded.ScopeOfAsync("admin@dealdesk.demo")).WorkspaceId;
        var user = await admin.Users.FindByEmailInWorkspaceAsync(workspaceId, email);
        Assert.NotNull(user);
        Assert.True(await admin.Users.CheckPasswordAsync(user, person.TemporaryPassword));
        Assert.False(await admin.Users.CheckPasswordAsync(user, "DealDesk-demo-2026"));
        Assert.False(await admin.Users.IsLockedOutAsync(user));
        Assert.Equal(("Dana Diaz", email, ApplicationUser.UserNameFor(user.Id), workspaceId, false),
            (user.DisplayName, user.Email, user.UserName, user.WorkspaceId, user.IsWorkspaceAdmin));
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

        var byCircleAdmin = await circleAdmin.Invitations.InviteAsync(circleId,
            new InvitationDraft { DisplayName = "Eli Evans", Email = byCircleAdminEmail });
        var byModerator = await moderator.Invitations.InviteAsync(circleId,
            new InvitationDraft { DisplayName = "Fay Fox", Email = byModeratorEmail });

        Assert.Equal((ResultStatus.Forbidden, CircleMessages.OnlyWorkspaceAdminsInvite), (byCircleAdmin.Status, byCircleAdmin.Message));
        Assert.Equal((ResultStatus.Forbidden, CircleMessages.OnlyWorkspaceAdminsInvite), (byModerator.Status, byModerator.Message));
        Assert.Single(circleAdmin.Denials);
        Assert.Single(moderator.Denials);
        Assert.Empty(await admin.Users.FindAllByEmailAsync(byCircleAdminEmail));
        Assert.Empty(await admin.Users.FindAllByEmailAsync(byModeratorEmail));
    }

    [Theory]
    [InlineData("RILEY@x")]
    [InlineData("REP@DEALDESK.DEMO")]
    [InlineData(" rep@dealdesk.demo ")]
    public async Task Invite_WithAnEmailThatAlreadySignsInHere_OrIsNoAddress_IsRefusedUnderEmail_AndAddsNobody(string email)
    {
        await using var admin = await AsAsync("admin@dealdesk.demo");
        var circleId = await NewCircleAsync(admin);
        var usersBefore = await CountUsersAsync();

        var refused = await admin.Invitations.InviteAsync(circleId, new InvitationDraft { DisplayName = "Copy Cat", Email = email });

        Assert.Equal(ResultStatus.Invalid, refused.Status);
        Assert.Single(refused.FieldErrors[nameof(InvitationDraft.Email)]);
        Assert.Equal(usersBefore, await CountUsersAsync());
        Assert.Empty((await admin.Service.GetAsync(circleId))!.Members);
    }

    [Fact]
    public async Task Invite_WithAnEmailOfAnotherWorkspace_WorksExactlyLikeANewEmail_AndLeavesTheOtherSignInAlone()
    {
        const string globexEmail = "hank.scorpio@globex.demo";
        await using var admin = await AsAsync("admin@dealdesk.demo");
        var circleId = await NewCircleAsync(admin);
        var acme = (await seeded.ScopeOfAsync("admin@dealdesk.demo")).WorkspaceId;
        var globexUser = Assert.Single(await admin.Users.FindAllByEmailAsync(globexEmail));
        var newEmail = Unique("nia") + "@example.com";

        var ofGlobex = await admin.Invitations.InviteAsync(circleId,
            new InvitationDraft { DisplayName = "Hank Scorpio", Email = globexEmail, Role = CircleRole.Member });
        var brandNew = await admin.Invitations.InviteAsync(circleId,
            new InvitationDraft { DisplayName = "Hank Scorpio", Email = newEmail, Role = CircleRole.Member });

        // Everything the admin is told, and everything logged, is the same but for the email and the new user's id.
        Assert.True(ofGlobex.Succeeded, ofGlobex.Message);
        Assert.True(brandNew.Succeeded, brandNew.Message);
        Assert.Equal((brandNew.Status, brandNew.Message, brandNew.FieldErrors.Count), (ofGlobex.Status, ofGlobex.Message, ofGlobex.FieldErrors.Count));
        Assert.Matches("^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$", ofGlobex.Value!.TemporaryPassword);
        string[] Said(InvitedPerson person) => [.. admin.Log.Entries
            .Where(e => e.Message.Contains(person.UserId.ToString(), StringComparison.Ordinal))
            .Select(e => $"{e.Level} {e.Message.Replace(person.UserId.ToString(), "{id}", StringComparison.Ordinal)}")];
        Assert.NotEmpty(Said(brandNew.Value!));
        Assert.Equal(Said(brandNew.Value!), Said(ofGlobex.Value!));
        Assert.DoesNotContain(admin.Log.Entries, e => e.Level >= LogLevel.Warning);

        // Two sign-ins with that email now, one per workspace, each with its own password; Globex's is untouched.
        var withEmail = await admin.Users.FindAllByEmailAsync(globexEmail);
        Assert.Equal(2, withEmail.Count);
        var acmeUser = Assert.Single(withEmail, u => u.WorkspaceId == acme);
        Assert.Equal(ofGlobex.Value!.UserId, acmeUser.Id);
        Assert.Equal(acmeUser.Id, withEmail[0].Id); // the most recently created first
        var globexAfter = Assert.Single(withEmail, u => u.Id == globexUser.Id);
        Assert.Equal((globexUser.WorkspaceId, globexUser.PasswordHash, globexUser.SecurityStamp, globexUser.UserName),
            (globexAfter.WorkspaceId, globexAfter.PasswordHash, globexAfter.SecurityStamp, globexAfter.UserName));
        Assert.True(await admin.Users.CheckPasswordAsync(acmeUser, ofGlobex.Value.TemporaryPassword));
        Assert.False(await admin.Users.CheckPasswordAsync(acmeUser, DealDesk.Data.Seeding.DemoSettings.Password));
        Assert.True(await admin.Users.CheckPasswordAsync(globexAfter, DealDesk.Data.Seeding.DemoSettings.Password));
        Assert.Contains((await admin.Service.GetAsync(circleId))!.Members, m =>
            (m.UserId, m.DisplayName, m.Email, m.Role) == (acmeUser.Id, "Hank Scorpio", globexEmail, CircleRole.Member));
    }

    [Fact]
    public async Task Invite_TheSameEmailTwiceIntoOneWorkspace_IsRefusedTheSecondTime_AsSomeoneAlreadyHere()
    {
        await using var admin = await AsAsync("admin@dealdesk.demo");
        var circleId = await NewCircleAsync(admin);
        var email = Unique("twice") + "@example.com";
        Assert.True((await admin.Invitations.InviteAsync(circleId, new InvitationDraft { DisplayName = "Tia", Email = email })).Succeeded);
        var usersBefore = await CountUsersAsync();

        var again = await admin.Invitations.InviteAsync(circleId,
            new InvitationDraft { DisplayName = "Tia Two", Email = " " + email.ToUpperInvariant() + " " });

        Assert.Equal(ResultStatus.Invalid, again.Status);
        Assert.Equal([CircleMessages.EmailTaken], again.FieldErrors[nameof(InvitationDraft.Email)]);
        Assert.Equal(usersBefore, await CountUsersAsync());
    }

    [Fact]
    public async Task TheSameEmailTwiceInOneWorkspace_IsRefusedByTheDatabase_EvenPastTheInvitationsCheck()
    {
        // What a racing invitation meets: the (workspace, email) unique index, not only the service's question.
        await using var admin = await AsAsync("admin@dealdesk.demo");
        var rep = Assert.Single(await admin.Users.FindAllByEmailAsync("rep@dealdesk.demo"));
        var id = Guid.CreateVersion7();

        await Assert.ThrowsAsync<DbUpdateException>(() => admin.Users.CreateAsync(new ApplicationUser
        {
            Id = id, UserName = ApplicationUser.UserNameFor(id), Email = "Rep@DealDesk.demo", WorkspaceId = rep.WorkspaceId,
            DisplayName = "Rep's double",
        }, "long-enough-password"));
    }

    [Fact]
    public async Task Invite_IntoAGlobexCircle_IsNotFound()
    {
        await using var admin = await AsAsync("admin@dealdesk.demo");
        await using var globexDb = seeded.Sqlite.For(await seeded.WorkspaceScopeAsync("Globex"));
        var globexCircle = await globexDb.Circles.Select(c => c.Id).FirstAsync();
        var email = Unique("gil") + "@example.com";

        var refused = await admin.Invitations.InviteAsync(globexCircle, new InvitationDraft { DisplayName = "Gil", Email = email });

        Assert.Equal(ResultStatus.NotFound, refused.Status);
        Assert.Empty(await admin.Users.FindAllByEmailAsync(email));
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

        var failed = await workbench.Invitations.InviteAsync(ghostCircle, new InvitationDraft { DisplayName = "Gus Ghost", Email = email });

        Assert.Equal((ResultStatus.NotFound, CircleMessages.NotFound), (failed.Status, failed.Message));
        Assert.Equal(1, vanishing!.RoleAnswers); // asked after the failed write: the write was tried
        Assert.Empty(await workbench.Users.FindAllByEmailAsync(email));
        Assert.Equal(usersBefore, await CountUsersAsync());
        await using var raw = seeded.Sqlite.For(TenantScope.System(scope.WorkspaceId));
        Assert.False(await raw.CircleMemberships.AnyAsync(m => m.CircleId == ghostCircle));

        // The scope's context is clean afterwards: the next invitation into a real circle works.
        await using var admin = await AsAsync("admin@dealdesk.demo");
        var real = await NewCircleAsync(admin);
        Assert.True((await workbench.Invitations.InviteAsync(real, new InvitationDraft { DisplayName = "Gus Ghost", Email = email })).Succeeded);
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
            Assert.True((await admin.Members.AddMemberAsync(new MemberRoleRequest(created.Value, userId, role))).Succeeded);
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
