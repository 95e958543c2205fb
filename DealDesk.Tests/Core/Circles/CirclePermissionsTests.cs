using DealDesk.Core.Circles;

namespace DealDesk.Tests.Core.Circles;

/// <summary>The permission matrix of seed 003, written out by hand: every role (and "not a member") against every
/// circle action, so that a change to the rules shows up here as a failing pair.</summary>
public sealed class CirclePermissionsTests
{
    // Seed 003: all members view KPIs and contacts, update KPI values, update contacts and add notes; only moderators
    // and admins create and delete KPIs and contacts (and edit KPI definitions) and manage members.
    private static readonly Dictionary<CircleAction, (bool Member, bool Moderator, bool Admin)> Matrix = new()
    {
        [CircleAction.ViewContacts] = (true, true, true),
        [CircleAction.UpdateContact] = (true, true, true),
        [CircleAction.AddContactNote] = (true, true, true),
        [CircleAction.ViewKpis] = (true, true, true),
        [CircleAction.UpdateKpiValue] = (true, true, true),
        [CircleAction.CreateContact] = (false, true, true),
        [CircleAction.DeleteContact] = (false, true, true),
        [CircleAction.CreateKpi] = (false, true, true),
        [CircleAction.EditKpi] = (false, true, true),
        [CircleAction.DeleteKpi] = (false, true, true),
        [CircleAction.ManageMembers] = (false, true, true),
        // Members work deals: the deal services ask the same table as contacts and KPIs.
        [CircleAction.CreateDeal] = (true, true, true),
        [CircleAction.UpdateDeal] = (true, true, true),
    };

    public static TheoryData<CircleRole?, CircleAction, bool> EveryPair()
    {
        var pairs = new TheoryData<CircleRole?, CircleAction, bool>();
        foreach (var (action, allowed) in Matrix)
        {
            pairs.Add(null, action, false);
            pairs.Add(CircleRole.Member, action, allowed.Member);
            pairs.Add(CircleRole.Moderator, action, allowed.Moderator);
            pairs.Add(CircleRole.Admin, action, allowed.Admin);
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Allows_FollowsTheSeedMatrix(CircleRole? role, CircleAction action, bool expected) =>
        Assert.Equal(expected, CirclePermissions.Allows(role, action));

    [Fact]
    public void Matrix_CoversEveryActionAndEveryRole()
    {
        Assert.Equal(Enum.GetValues<CircleAction>().Order(), Matrix.Keys.Order());
        Assert.Equal([CircleRole.Member, CircleRole.Moderator, CircleRole.Admin], Enum.GetValues<CircleRole>());
        Assert.Equal(52, EveryPair().Count);
    }

    [Fact]
    public void MyCircle_Allows_AsItsRoleDoes()
    {
        var moderator = new MyCircle(Guid.NewGuid(), "Enterprise Team", CircleRole.Moderator);
        var member = moderator with { Role = CircleRole.Member };

        Assert.True(moderator.Allows(CircleAction.DeleteKpi));
        Assert.False(member.Allows(CircleAction.DeleteKpi));
        Assert.True(member.Allows(CircleAction.UpdateKpiValue));
    }

    [Fact]
    public void Refusal_NamesEachAction()
    {
        foreach (var action in Enum.GetValues<CircleAction>())
        {
            Assert.Equal($"Only circle moderators and admins may {CirclePermissions.Describe(action)}.",
                CirclePermissions.Refusal(action));
            Assert.NotEqual(action.ToString(), CirclePermissions.Describe(action));
        }
    }
}
