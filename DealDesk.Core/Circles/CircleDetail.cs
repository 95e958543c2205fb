namespace DealDesk.Core.Circles;

/// <summary>One circle with its members, and what the user may do there.</summary>
/// <param name="Id">The circle.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">What it is for.</param>
/// <param name="MyRole">The role the user acts in (workspace admins act as admins).</param>
/// <param name="CanEdit">Whether the user may rename the circle and change its description (workspace admins).</param>
/// <param name="Members">The members, admins first, then by name.</param>
/// <param name="Version">The concurrency token a rename must carry (<see cref="CircleDraft.Version"/>).</param>
public sealed record CircleDetail(
    Guid Id, string Name, string? Description, CircleRole MyRole, bool CanEdit, IReadOnlyList<CircleMember> Members,
    byte[] Version)
{
    /// <summary>Whether the user may add and remove members and change roles.</summary>
    public bool CanManageMembers => CirclePermissions.Allows(MyRole, CircleAction.ManageMembers);

    /// <summary>Whether the user may give a new person a sign-in and add them here: creating sign-ins configures the
    /// workspace (SPEC: workspace admins configure users), so it goes with <see cref="CanEdit"/>; circle admins and
    /// moderators add people who already have one.</summary>
    public bool CanInvite => CanEdit;
}
