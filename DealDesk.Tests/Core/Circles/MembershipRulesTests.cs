using DealDesk.Core.Circles;

namespace DealDesk.Tests.Core.Circles;

/// <summary>Who gives, changes and takes away which role: a moderator up to their own role and never over an admin,
/// a member not at all, an admin everything; only admins invite.</summary>
public sealed class MembershipRulesTests
{
    [Fact]
    public void AssignableBy_IsEveryRoleUpToTheActingOne_AndNoneForAMember()
    {
        Assert.Empty(MembershipRules.AssignableBy(CircleRole.Member));
        Assert.Equal([CircleRole.Member, CircleRole.Moderator], MembershipRules.AssignableBy(CircleRole.Moderator));
        Assert.Equal([CircleRole.Member, CircleRole.Moderator, CircleRole.Admin],
            MembershipRules.AssignableBy(CircleRole.Admin));
    }

    [Theory]
    [InlineData(CircleRole.Moderator, CircleRole.Member, null)]
    [InlineData(CircleRole.Moderator, CircleRole.Moderator, null)]
    [InlineData(CircleRole.Moderator, CircleRole.Admin, CircleMessages.AboveOwnRole)]
    [InlineData(CircleRole.Admin, CircleRole.Admin, null)]
    [InlineData(CircleRole.Member, CircleRole.Member, "Only circle moderators and admins may manage members.")]
    public void RefuseAdd(CircleRole acting, CircleRole role, string? expected) =>
        Assert.Equal(expected, MembershipRules.RefuseAdd(acting, role));

    [Theory]
    [InlineData(CircleRole.Moderator, CircleRole.Member, CircleRole.Moderator, null)]
    [InlineData(CircleRole.Moderator, CircleRole.Moderator, CircleRole.Member, null)]
    [InlineData(CircleRole.Moderator, CircleRole.Member, CircleRole.Admin, CircleMessages.AboveOwnRole)]
    [InlineData(CircleRole.Moderator, CircleRole.Admin, CircleRole.Member, CircleMessages.OnlyAdminsChangeAdmins)]
    [InlineData(CircleRole.Moderator, CircleRole.Admin, CircleRole.Moderator, CircleMessages.OnlyAdminsChangeAdmins)]
    [InlineData(CircleRole.Admin, CircleRole.Admin, CircleRole.Member, null)]
    [InlineData(CircleRole.Admin, CircleRole.Member, CircleRole.Admin, null)]
    [InlineData(CircleRole.Member, CircleRole.Member, CircleRole.Moderator, "Only circle moderators and admins may manage members.")]
    public void RefuseChange(CircleRole acting, CircleRole current, CircleRole role, string? expected) =>
        Assert.Equal(expected, MembershipRules.RefuseChange(acting, current, role));

    [Theory]
    [InlineData(CircleRole.Moderator, CircleRole.Member, null)]
    [InlineData(CircleRole.Moderator, CircleRole.Moderator, null)]
    [InlineData(CircleRole.Moderator, CircleRole.Admin, CircleMessages.OnlyAdminsChangeAdmins)]
    [InlineData(CircleRole.Admin, CircleRole.Admin, null)]
    [InlineData(CircleRole.Member, CircleRole.Member, "Only circle moderators and admins may manage members.")]
    public void RefuseRemove(CircleRole acting, CircleRole current, string? expected)
    {
        Assert.Equal(expected, MembershipRules.RefuseRemove(acting, current));
        Assert.Equal(expected is null, MembershipRules.MayTouch(acting, current));
    }
}
