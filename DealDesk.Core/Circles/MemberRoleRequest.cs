namespace DealDesk.Core.Circles;

/// <summary>Give <paramref name="UserId"/> the role <paramref name="Role"/> in <paramref name="CircleId"/>: as a new
/// member (add) or in place of their current role (change).</summary>
/// <param name="CircleId">The circle.</param>
/// <param name="UserId">The person, a user of the same workspace.</param>
/// <param name="Role">The role to hold.</param>
public sealed record MemberRoleRequest(Guid CircleId, Guid UserId, CircleRole Role);
