namespace DealDesk.Core.Circles;

/// <summary>Give <paramref name="UserId"/> the role <paramref name="Role"/> in <paramref name="CircleId"/>: as a new
/// member (add) or in place of their current role (change).</summary>
/// <param name="CircleId">The circle.</param>
/// <param name="UserId">The person, a user of the same workspace.</param>
/// <param name="Role">The role to hold.</param>
public sealed record MemberRoleRequest(Guid CircleId, Guid UserId, CircleRole Role)
{
    /// <summary>For a role change, the membership's version as the member list showed it
    /// (<see cref="CircleMember.Version"/>): a role changed by someone else since is not overwritten, and a change
    /// without it is a conflict. <c>null</c> when adding a member.</summary>
    public byte[]? Version { get; init; }
}
