namespace DealDesk.Core.Circles;

/// <summary>Who may give, change and take away which role, on top of <see cref="CircleAction.ManageMembers"/>:
/// a moderator never gives a role above their own nor touches an admin; only admins (circle or workspace) invite
/// new people. That a circle keeps its last admin needs the database and is checked by the service.</summary>
public static class MembershipRules
{
    /// <summary>The roles <paramref name="acting"/> may give, lowest first; none for a plain member.</summary>
    public static IReadOnlyList<CircleRole> AssignableBy(CircleRole acting) =>
        CirclePermissions.Allows(acting, CircleAction.ManageMembers)
            ? [.. Enum.GetValues<CircleRole>().Where(r => r <= acting)]
            : [];

    /// <summary>Why <paramref name="acting"/> may not add someone as <paramref name="role"/>; <c>null</c> when
    /// they may.</summary>
    public static string? RefuseAdd(CircleRole acting, CircleRole role) =>
        !CirclePermissions.Allows(acting, CircleAction.ManageMembers) ? CirclePermissions.Refusal(CircleAction.ManageMembers)
        : role > acting ? CircleMessages.AboveOwnRole
        : null;

    /// <summary>Why <paramref name="acting"/> may not change a <paramref name="current"/> into a
    /// <paramref name="role"/>; <c>null</c> when they may.</summary>
    public static string? RefuseChange(CircleRole acting, CircleRole current, CircleRole role) =>
        RefuseTouch(acting, current) ?? RefuseAdd(acting, role);

    /// <summary>Why <paramref name="acting"/> may not remove a <paramref name="current"/>; <c>null</c> when they
    /// may.</summary>
    public static string? RefuseRemove(CircleRole acting, CircleRole current) => RefuseTouch(acting, current);

    /// <summary>Whether <paramref name="acting"/> may change or remove a member holding <paramref name="current"/>,
    /// for hiding the controls the service would refuse.</summary>
    public static bool MayTouch(CircleRole acting, CircleRole current) => RefuseTouch(acting, current) is null;

    private static string? RefuseTouch(CircleRole acting, CircleRole current) =>
        !CirclePermissions.Allows(acting, CircleAction.ManageMembers) ? CirclePermissions.Refusal(CircleAction.ManageMembers)
        : current == CircleRole.Admin && acting < CircleRole.Admin ? CircleMessages.OnlyAdminsChangeAdmins
        : null;
}
