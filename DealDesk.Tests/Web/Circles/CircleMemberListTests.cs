using Bunit;
using DealDesk.Core.Circles;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Circles.Components;
using MudBlazor;

namespace DealDesk.Tests.Web.Circles;

/// <summary>The member list is read-only for a plain member, and for a moderator offers role pickers and remove
/// buttons on everyone but the admins (whom the service would refuse them anyway).</summary>
public sealed class CircleMemberListTests : MudComponentTest
{
    private static readonly CircleMember Ada = new(Guid.NewGuid(), "Ada Admin", "ada@acme.test", CircleRole.Admin, []);
    private static readonly CircleMember Mo = new(Guid.NewGuid(), "Mo Moderator", "mo@acme.test", CircleRole.Moderator, []);
    private static readonly CircleMember Max = new(Guid.NewGuid(), "Max Member", "max@acme.test", CircleRole.Member, []);
    private static readonly IReadOnlyList<CircleMember> Everyone = [Ada, Mo, Max];

    public CircleMemberListTests() => Render<MudPopoverProvider>();

    [Fact]
    public void ForAMember_ShowsNamesEmailsAndRoles_WithNoManageControls()
    {
        var list = Render<CircleMemberList>(p => p
            .Add(l => l.Members, Everyone)
            .Add(l => l.MyRole, CircleRole.Member)
            .Add(l => l.CanManage, false));

        Assert.Equal(["Ada Admin", "Mo Moderator", "Max Member"], list.FindAll("[data-testid=member-name]").Select(e => e.TextContent));
        Assert.Equal(["ada@acme.test", "mo@acme.test", "max@acme.test"], list.FindAll("[data-testid=member-email]").Select(e => e.TextContent));
        Assert.Equal(["Admin", "Moderator", "Member"], list.FindAll("[data-testid=role-chip]").Select(e => e.TextContent.Trim()));
        Assert.Empty(list.FindAll("[data-testid=member-role]"));
        Assert.Empty(list.FindAll("[data-testid=member-remove]"));
    }

    [Fact]
    public void ForAModerator_ShowsPickersAndRemoveButtons_ExceptOnTheAdmin()
    {
        var list = Render<CircleMemberList>(p => p
            .Add(l => l.Members, Everyone)
            .Add(l => l.MyRole, CircleRole.Moderator)
            .Add(l => l.CanManage, true));

        Assert.Equal(2, list.FindAll("[data-testid=member-role]").Count);
        Assert.Equal(2, list.FindAll("[data-testid=member-remove]").Count);
        var chip = Assert.Single(list.FindAll("[data-testid=role-chip]"));
        Assert.Equal("Admin", chip.TextContent.Trim());
        Assert.Equal(["Remove Mo Moderator", "Remove Max Member"],
            list.FindAll("[data-testid=member-remove]").Select(b => b.GetAttribute("aria-label")));
    }

    [Fact]
    public void ForAnAdmin_EveryRowCanBeManaged()
    {
        var list = Render<CircleMemberList>(p => p
            .Add(l => l.Members, Everyone)
            .Add(l => l.MyRole, CircleRole.Admin)
            .Add(l => l.CanManage, true));

        Assert.Equal(3, list.FindAll("[data-testid=member-role]").Count);
        Assert.Equal(3, list.FindAll("[data-testid=member-remove]").Count);
        Assert.Empty(list.FindAll("[data-testid=role-chip]"));
    }

    [Fact]
    public async Task Remove_RaisesTheMemberForThePageToConfirm()
    {
        CircleMember? removed = null;
        var list = Render<CircleMemberList>(p => p
            .Add(l => l.Members, Everyone)
            .Add(l => l.MyRole, CircleRole.Moderator)
            .Add(l => l.CanManage, true)
            .Add(l => l.OnRemove, (CircleMember m) => removed = m));

        await list.InvokeAsync(() => list.FindAll("[data-testid=member-remove]")[1].Click());

        Assert.Equal(Max, removed);
    }

    [Fact]
    public void NoMembers_SaysSo()
    {
        var list = Render<CircleMemberList>(p => p.Add(l => l.Members, []).Add(l => l.CanManage, true));

        Assert.Contains("No members yet.", list.Find("[data-testid=members-empty]").TextContent, StringComparison.Ordinal);
    }
}
