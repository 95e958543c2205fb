using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Circles;

/// <summary>Circles and their members on real SQLite: workspace admins create and rename circles with unique names;
/// moderators and admins manage members within their limits; a circle keeps its last admin; nothing reaches across
/// workspaces. Each test works in circles of its own, so the tests share one seeded database.</summary>
public sealed partial class CircleAdminServiceTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private const string Admin = "admin@dealdesk.demo";
    private const string Moderator = "moderator@dealdesk.demo";
    private const string Rep = "rep@dealdesk.demo";
    private const string Jordan = "jordan.kim@dealdesk.demo";
    private const string Casey = "casey.nguyen@dealdesk.demo";

    [Fact]
    public async Task Create_AsWorkspaceAdmin_ListsTheNewCircleWithNoMembers()
    {
        await using var admin = await AsAsync(Admin);
        var name = Unique("Field Team");

        var created = await admin.Service.CreateAsync(new CircleDraft { Name = "  " + name + " ", Description = "Door to door" });

        Assert.True(created.Succeeded, created.Message);
        var listed = Assert.Single(await admin.Service.ListAsync(), c => c.Id == created.Value);
        Assert.Equal(new CircleSummary(created.Value, name, "Door to door", 0, CircleRole.Admin, IsMember: false, null),
            listed with { Version = null });
    }

    [Fact]
    public async Task Create_WithANameTakenInAnotherCase_IsRefusedUnderName_AndNothingIsAdded()
    {
        await using var admin = await AsAsync(Admin);
        var before = (await admin.Service.ListAsync()).Count;

        var refused = await admin.Service.CreateAsync(new CircleDraft { Name = "  enterprise TEAM " });

        Assert.Equal(ResultStatus.Invalid, refused.Status);
        Assert.Equal([CircleMessages.NameTaken("Enterprise Team")], refused.FieldErrors[nameof(CircleDraft.Name)]);
        Assert.Equal(before, (await admin.Service.ListAsync()).Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Create_WithoutAName_IsRefusedUnderName(string name)
    {
        await using var admin = await AsAsync(Admin);

        var refused = await admin.Service.CreateAsync(new CircleDraft { Name = name });

        Assert.Equal(["Name is required."], refused.FieldErrors[nameof(CircleDraft.Name)]);
    }

    [Fact]
    public async Task Create_WithATooLongName_IsRefusedUnderName()
    {
        await using var admin = await AsAsync(Admin);

        var refused = await admin.Service.CreateAsync(new CircleDraft { Name = new string('x', Circle.NameMaxLength + 1) });

        Assert.Equal([$"Name must be at most {Circle.NameMaxLength} characters."], refused.FieldErrors[nameof(CircleDraft.Name)]);
    }

    [Fact]
    public async Task Create_ByACircleModerator_IsForbidden_AndTheDenialIsLogged()
    {
        await using var moderator = await AsAsync(Moderator);

        var refused = await moderator.Service.CreateAsync(new CircleDraft { Name = Unique("Rogue Team") });

        Assert.Equal((ResultStatus.Forbidden, CircleMessages.OnlyWorkspaceAdminsCreate), (refused.Status, refused.Message));
        var denial = Assert.Single(moderator.Denials);
        Assert.Equal(await UserIdAsync(Moderator), denial.Values["UserId"]);
        Assert.Equal("create circles", denial.Values["Action"]);
    }

    [Fact]
    public async Task Create_InGlobex_MayReuseAnAcmeName_UniquenessIsPerWorkspace()
    {
        await using var globex = await AsAsync("admin@globex.demo");

        var created = await globex.Service.CreateAsync(new CircleDraft { Name = "Enterprise Team" });

        Assert.True(created.Succeeded, created.Message);
        await using var admin = await AsAsync(Admin);
        Assert.DoesNotContain(await admin.Service.ListAsync(), c => c.Id == created.Value);
        Assert.Null(await admin.Service.GetAsync(created.Value));
    }

    [Fact]
    public async Task Update_RenamesAndDescribes_ButNotToAnotherCirclesName()
    {
        await using var admin = await AsAsync(Admin);
        var id = await NewCircleAsync(admin);
        var name = Unique("Renamed Team");

        var loaded = (await admin.Service.GetAsync(id))!.Version;
        var renamed = await admin.Service.UpdateAsync(id,
            new CircleDraft { Name = name, Description = "Now with a purpose", Version = loaded });
        var version = (await admin.Service.GetAsync(id))!.Version;
        var clash = await admin.Service.UpdateAsync(id, new CircleDraft { Name = "GROWTH team", Version = version });

        Assert.True(renamed.Succeeded, renamed.Message);
        Assert.Equal([CircleMessages.NameTaken("Growth Team")], clash.FieldErrors[nameof(CircleDraft.Name)]);
        var detail = await admin.Service.GetAsync(id);
        Assert.Equal((name, "Now with a purpose"), (detail!.Name, detail.Description));
        Assert.True((await admin.Service.UpdateAsync(id,
                new CircleDraft { Name = name.ToUpperInvariant(), Version = detail.Version })).Succeeded,
            "a circle may change the case of its own name");
    }

    [Fact]
    public async Task Update_WithTheVersionTheListShowed_Renames_AndAfterAnotherRenameIsAConflict()
    {
        await using var admin = await AsAsync(Admin);
        var id = await NewCircleAsync(admin);
        var listed = Assert.Single(await admin.Service.ListAsync(), c => c.Id == id);

        var renamed = await admin.Service.UpdateAsync(id,
            new CircleDraft { Name = Unique("From the list"), Version = listed.Version });
        var stale = await admin.Service.UpdateAsync(id,
            new CircleDraft { Name = Unique("Stale list"), Version = listed.Version });

        Assert.True(renamed.Succeeded, renamed.Message);
        Assert.Equal(ResultStatus.Conflict, stale.Status);
    }

    [Fact]
    public async Task Update_ByAMemberIsForbidden_AndByAStrangerNotFound()
    {
        await using var admin = await AsAsync(Admin);
        var id = await NewCircleAsync(admin, (Moderator, CircleRole.Admin));
        await using var circleAdmin = await AsAsync(Moderator);
        await using var stranger = await AsAsync(Rep);

        var forbidden = await circleAdmin.Service.UpdateAsync(id, new CircleDraft { Name = Unique("Mine now") });
        var hidden = await stranger.Service.UpdateAsync(id, new CircleDraft { Name = Unique("Mine now") });

        Assert.Equal((ResultStatus.Forbidden, CircleMessages.OnlyWorkspaceAdminsEdit), (forbidden.Status, forbidden.Message));
        Assert.Equal(ResultStatus.NotFound, hidden.Status);
        Assert.Equal(2, circleAdmin.Denials.Count + stranger.Denials.Count);
    }

    [Fact]
    public async Task List_ForARep_ShowsExactlyTheCirclesTheyAreIn_WithTheirRoleAndTheMemberCounts()
    {
        await using var rep = await AsAsync(Rep);
        var scope = await seeded.ScopeOfAsync(Rep);
        await using var raw = seeded.Sqlite.For(TenantScope.System(scope.WorkspaceId));
        var memberships = await raw.CircleMemberships.ToListAsync();
        var mine = memberships.Where(m => m.UserId == scope.UserId).ToDictionary(m => m.CircleId, m => m.Role);
        var names = await raw.Circles.Where(c => mine.Keys.Contains(c.Id)).Select(c => c.Name).ToListAsync();

        var circles = await rep.Service.ListAsync();

        Assert.Equal(names.Order(StringComparer.Ordinal), circles.Select(c => c.Name));
        Assert.Contains("Enterprise Team", names);
        Assert.Contains("Growth Team", names);
        Assert.DoesNotContain("Partner Team", names);
        Assert.All(circles, c => Assert.Equal(
            (mine[c.Id], true, memberships.Count(m => m.CircleId == c.Id)), (c.MyRole, c.IsMember, c.MemberCount)));
    }

    [Fact]
    public async Task Get_ListsMembersWithNameEmailAndRole_AdminsFirst_AndSaysWhatTheUserMayDo()
    {
        await using var admin = await AsAsync(Admin);
        var id = await NewCircleAsync(admin, (Rep, CircleRole.Member), (Moderator, CircleRole.Moderator), (Casey, CircleRole.Admin));
        await using var rep = await AsAsync(Rep);

        var seenByRep = await rep.Service.GetAsync(id);
        var seenByAdmin = await admin.Service.GetAsync(id);

        Assert.Equal(
            [("Casey Nguyen", Casey, CircleRole.Admin), ("Morgan Moderator", Moderator, CircleRole.Moderator), ("Riley Rep", Rep, CircleRole.Member)],
            seenByRep!.Members.Select(m => (m.DisplayName, m.Email, m.Role)));
        Assert.Equal((CircleRole.Member, false, false, false),
            (seenByRep.MyRole, seenByRep.CanManageMembers, seenByRep.CanInvite, seenByRep.CanEdit));
        Assert.Equal((CircleRole.Admin, true, true, true),
            (seenByAdmin!.MyRole, seenByAdmin.CanManageMembers, seenByAdmin.CanInvite, seenByAdmin.CanEdit));
        await using var jordan = await AsAsync(Jordan);
        Assert.Null(await jordan.Service.GetAsync(id));
    }

    [Fact]
    public async Task AddMember_ThenAgain_IsRefusedTheSecondTime()
    {
        await using var admin = await AsAsync(Admin);
        var id = await NewCircleAsync(admin);
        var jordan = await UserIdAsync(Jordan);

        var added = await admin.Members.AddMemberAsync(new MemberRoleRequest(id, jordan, CircleRole.Moderator));
        var again = await admin.Members.AddMemberAsync(new MemberRoleRequest(id, jordan, CircleRole.Member));

        Assert.True(added.Succeeded, added.Message);
        Assert.Equal([CircleMessages.AlreadyMember], again.FieldErrors[nameof(MemberRoleRequest.UserId)]);
        Assert.Equal(CircleRole.Moderator, Assert.Single((await admin.Service.GetAsync(id))!.Members).Role);
    }

    [Fact]
    public async Task Globex_People_AreNeverOfferedNorAddable_AndGlobexCirclesAreNotThere()
    {
        await using var admin = await AsAsync(Admin);
        var id = await NewCircleAsync(admin, (Rep, CircleRole.Member));
        var hank = await UserIdAsync("hank.scorpio@globex.demo");
        Guid globexCircle;
        await using (var globexDb = seeded.Sqlite.For(await seeded.WorkspaceScopeAsync("Globex")))
        {
            globexCircle = await globexDb.Circles.Select(c => c.Id).FirstAsync();
        }

        var everyone = await admin.Members.FindPeopleAsync(id, null, take: 50);
        var byDomain = await admin.Members.FindPeopleAsync(id, "globex");
        var refused = await admin.Members.AddMemberAsync(new MemberRoleRequest(id, hank, CircleRole.Member));
        var intoGlobex = await admin.Members.AddMemberAsync(new MemberRoleRequest(globexCircle, await UserIdAsync(Jordan), CircleRole.Member));

        Assert.All(everyone, p => Assert.EndsWith("@dealdesk.demo", p.Email));
        Assert.DoesNotContain(everyone, p => p.Email == Rep);
        Assert.Contains(everyone, p => p.Email == Jordan);
        Assert.Empty(byDomain);
        Assert.Equal([CircleMessages.PersonNotInWorkspace], refused.FieldErrors[nameof(MemberRoleRequest.UserId)]);
        Assert.Equal(ResultStatus.NotFound, intoGlobex.Status);
        Assert.Single((await admin.Service.GetAsync(id))!.Members);
    }

    [Fact]
    public async Task FindPeople_MatchesNameOrEmail_IgnoringCase_AndOffersNothingToAPlainMember()
    {
        await using var admin = await AsAsync(Admin);
        var id = await NewCircleAsync(admin, (Rep, CircleRole.Member));
        await using var rep = await AsAsync(Rep);

        Assert.Equal([Jordan], (await admin.Members.FindPeopleAsync(id, "  KIM ")).Select(p => p.Email));
        Assert.Equal(["Casey Nguyen"], (await admin.Members.FindPeopleAsync(id, "casey.n")).Select(p => p.DisplayName));
        Assert.Empty(await admin.Members.FindPeopleAsync(id, "100%_"));
        Assert.Empty(await rep.Members.FindPeopleAsync(id, null));
        Assert.Single(rep.Denials);
    }

    [Fact]
    public async Task Moderator_AddsAndPromotesUpToModerator_ButNeverToAdmin_AndLeavesAdminsAlone()
    {
        await using var admin = await AsAsync(Admin);
        var id = await NewCircleAsync(admin, (Moderator, CircleRole.Moderator), (Casey, CircleRole.Admin));
        await using var moderator = await AsAsync(Moderator);
        var (rep, jordan, casey) = (await UserIdAsync(Rep), await UserIdAsync(Jordan), await UserIdAsync(Casey));

        Assert.True((await moderator.Members.AddMemberAsync(new MemberRoleRequest(id, rep, CircleRole.Member))).Succeeded);
        Assert.True((await moderator.Members.ChangeRoleAsync(await RoleChangeAsync(id, rep, CircleRole.Moderator))).Succeeded);
        Assert.True((await moderator.Members.ChangeRoleAsync(await RoleChangeAsync(id, rep, CircleRole.Member))).Succeeded);
        var addAdmin = await moderator.Members.AddMemberAsync(new MemberRoleRequest(id, jordan, CircleRole.Admin));
        var promote = await moderator.Members.ChangeRoleAsync(await RoleChangeAsync(id, rep, CircleRole.Admin));
        var demoteAdmin = await moderator.Members.ChangeRoleAsync(await RoleChangeAsync(id, casey, CircleRole.Member));
        var removeAdmin = await moderator.Members.RemoveMemberAsync(id, casey);

        Assert.Equal((ResultStatus.Forbidden, CircleMessages.AboveOwnRole), (addAdmin.Status, addAdmin.Message));
        Assert.Equal((ResultStatus.Forbidden, CircleMessages.AboveOwnRole), (promote.Status, promote.Message));
        Assert.Equal((ResultStatus.Forbidden, CircleMessages.OnlyAdminsChangeAdmins), (demoteAdmin.Status, demoteAdmin.Message));
        Assert.Equal((ResultStatus.Forbidden, CircleMessages.OnlyAdminsChangeAdmins), (removeAdmin.Status, removeAdmin.Message));
        Assert.Equal(4, moderator.Denials.Count);
        Assert.All(moderator.Denials, d => Assert.Equal(id, d.Values["CircleId"]));
        var members = (await admin.Service.GetAsync(id))!.Members.ToDictionary(m => m.Email, m => m.Role);
        Assert.Equal(new Dictionary<string, CircleRole> { [Casey] = CircleRole.Admin, [Moderator] = CircleRole.Moderator, [Rep] = CircleRole.Member },
            members);
    }

    [Fact]
    public async Task Member_MayNotManageMembers_AndIsToldWhy()
    {
        await using var admin = await AsAsync(Admin);
        var id = await NewCircleAsync(admin, (Rep, CircleRole.Member), (Jordan, CircleRole.Member));
        await using var rep = await AsAsync(Rep);
        var jordan = await UserIdAsync(Jordan);

        var results = new Result[]
        {
            await rep.Members.AddMemberAsync(new MemberRoleRequest(id, await UserIdAsync(Casey), CircleRole.Member)),
            await rep.Members.ChangeRoleAsync(await RoleChangeAsync(id, jordan, CircleRole.Moderator)),
            await rep.Members.RemoveMemberAsync(id, jordan),
            await rep.Invitations.InviteAsync(id, new InvitationDraft { DisplayName = "Sneaky", Email = $"sneaky.{Guid.NewGuid():N}@example.com" }),
        };

        Assert.All(results, r => Assert.Equal((ResultStatus.Forbidden, "Only circle moderators and admins may manage members."), (r.Status, r.Message)));
        Assert.Equal(4, rep.Denials.Count);
        Assert.Equal(2, (await admin.Service.GetAsync(id))!.Members.Count);
    }

    [Fact]
    public async Task LastAdmin_CannotBeDemotedNorRemoved_ButOneOfTwoAdminsCan()
    {
        await using var admin = await AsAsync(Admin);
        var id = await NewCircleAsync(admin, (Casey, CircleRole.Admin));
        var (casey, jordan) = (await UserIdAsync(Casey), await UserIdAsync(Jordan));

        var demote = await admin.Members.ChangeRoleAsync(await RoleChangeAsync(id, casey, CircleRole.Moderator));
        var remove = await admin.Members.RemoveMemberAsync(id, casey);
        Assert.Equal([CircleMessages.LastAdmin], demote.FieldErrors[nameof(MemberRoleRequest.Role)]);
        Assert.Equal(CircleMessages.LastAdmin, remove.Message);
        Assert.Equal(CircleRole.Admin, Assert.Single((await admin.Service.GetAsync(id))!.Members).Role);

        Assert.True((await admin.Members.AddMemberAsync(new MemberRoleRequest(id, jordan, CircleRole.Admin))).Succeeded);
        Assert.True((await admin.Members.ChangeRoleAsync(await RoleChangeAsync(id, casey, CircleRole.Member))).Succeeded);
        var lastAgain = await admin.Members.RemoveMemberAsync(id, jordan);

        Assert.Equal(CircleMessages.LastAdmin, lastAgain.Message);
        Assert.Equal(new Dictionary<string, CircleRole> { [Jordan] = CircleRole.Admin, [Casey] = CircleRole.Member },
            (await admin.Service.GetAsync(id))!.Members.ToDictionary(m => m.Email, m => m.Role));
    }

    [Fact]
    public async Task CircleAdmin_DemotesThemselves_OnlyWhenAnotherAdminRemains()
    {
        await using var admin = await AsAsync(Admin);
        var id = await NewCircleAsync(admin, (Casey, CircleRole.Admin));
        await using var casey = await AsAsync(Casey);
        var caseyId = await UserIdAsync(Casey);

        var alone = await casey.Members.ChangeRoleAsync(await RoleChangeAsync(id, caseyId, CircleRole.Member));
        await admin.Members.AddMemberAsync(new MemberRoleRequest(id, await UserIdAsync(Jordan), CircleRole.Admin));
        var withAnother = await casey.Members.ChangeRoleAsync(await RoleChangeAsync(id, caseyId, CircleRole.Moderator));

        Assert.Equal(CircleMessages.LastAdmin, alone.Message);
        Assert.True(withAnother.Succeeded, withAnother.Message);
    }

    [Fact]
    public async Task RoleChange_AppliesToTheMembersNextAction_InTheSameScope()
    {
        await using var admin = await AsAsync(Admin);
        var id = await NewCircleAsync(admin, (Moderator, CircleRole.Moderator));
        await using var moderator = await AsAsync(Moderator);
        var (rep, jordan) = (await UserIdAsync(Rep), await UserIdAsync(Jordan));
        Assert.True((await moderator.Members.AddMemberAsync(new MemberRoleRequest(id, rep, CircleRole.Member))).Succeeded);

        await admin.Members.ChangeRoleAsync(await RoleChangeAsync(id, await UserIdAsync(Moderator), CircleRole.Member));
        var afterDemotion = await moderator.Members.AddMemberAsync(new MemberRoleRequest(id, jordan, CircleRole.Member));
        await admin.Members.RemoveMemberAsync(id, await UserIdAsync(Moderator));
        var afterRemoval = await moderator.Service.GetAsync(id);

        Assert.Equal(ResultStatus.Forbidden, afterDemotion.Status);
        Assert.Null(afterRemoval);
        Assert.Equal(ResultStatus.NotFound, (await moderator.Members.RemoveMemberAsync(id, rep)).Status);
    }

    [Fact]
    public async Task ChangeOrRemove_SomeoneNotInTheCircle_IsNotFound()
    {
        await using var admin = await AsAsync(Admin);
        var id = await NewCircleAsync(admin);
        var jordan = await UserIdAsync(Jordan);

        Assert.Equal(CircleMessages.NotAMember, (await admin.Members.ChangeRoleAsync(await RoleChangeAsync(id, jordan, CircleRole.Member))).Message);
        Assert.Equal(CircleMessages.NotAMember, (await admin.Members.RemoveMemberAsync(id, jordan)).Message);
    }

    private async Task<CircleAdminWorkbench> AsAsync(string email) =>
        CircleAdminWorkbench.For(seeded.Sqlite, await seeded.ScopeOfAsync(email));

    /// <summary>A role change as the member list shown now would ask it: with the membership's current version
    /// (none when the person is not a member).</summary>
    private async Task<MemberRoleRequest> RoleChangeAsync(Guid circleId, Guid userId, CircleRole role)
    {
        await using var db = seeded.Sqlite.For(TenantScope.None);
        var version = await db.CircleMemberships.IgnoreQueryFilters()
            .Where(m => m.CircleId == circleId && m.UserId == userId)
            .Select(m => m.Version)
            .SingleOrDefaultAsync();
        return new MemberRoleRequest(circleId, userId, role) { Version = version };
    }

    private async Task<Guid> UserIdAsync(string email) => (await seeded.ScopeOfAsync(email)).UserId!.Value;

    /// <summary>A circle of this test's own, made by the workspace admin, with <paramref name="members"/>.</summary>
    private async Task<Guid> NewCircleAsync(CircleAdminWorkbench admin, params (string Email, CircleRole Role)[] members)
    {
        var created = await admin.Service.CreateAsync(new CircleDraft { Name = Unique("Test Team") });
        Assert.True(created.Succeeded, created.Message);
        foreach (var (email, role) in members)
        {
            var added = await admin.Members.AddMemberAsync(new MemberRoleRequest(created.Value, await UserIdAsync(email), role));
            Assert.True(added.Succeeded, added.Message);
        }

        return created.Value;
    }

    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";
}
