using DealDesk.Core.Circles;

namespace DealDesk.Web.Components.Pages.Circles.Components;

/// <summary>A role picked for a member in the member list.</summary>
/// <param name="Member">The member.</param>
/// <param name="Role">The role picked.</param>
public sealed record MemberRoleChange(CircleMember Member, CircleRole Role);
