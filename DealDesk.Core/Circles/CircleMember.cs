namespace DealDesk.Core.Circles;

/// <summary>A member of a circle.</summary>
/// <param name="UserId">The person.</param>
/// <param name="DisplayName">Their name.</param>
/// <param name="Email">Their sign-in address.</param>
/// <param name="Role">Their role in the circle.</param>
/// <param name="Version">The membership's concurrency token, which a role change carries
/// (<see cref="MemberRoleRequest.Version"/>).</param>
public sealed record CircleMember(Guid UserId, string DisplayName, string Email, CircleRole Role, byte[] Version);
