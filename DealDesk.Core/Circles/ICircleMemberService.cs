using DealDesk.Core.Common;

namespace DealDesk.Core.Circles;

/// <summary>A circle's members: circle moderators and admins (and workspace admins) add people of the workspace,
/// change roles and remove members under <see cref="MembershipRules"/>. Every call is checked with
/// <see cref="ICircleAccess.CheckAsync"/> first, so a refusal is logged and a role change applies on the next call.
/// </summary>
public interface ICircleMemberService
{
    /// <summary>Up to <paramref name="take"/> users of the workspace who are not yet members of
    /// <paramref name="circleId"/> and whose name or email contains <paramref name="text"/>, for type-ahead; empty
    /// for a user who may not manage the circle's members.</summary>
    Task<IReadOnlyList<WorkspacePerson>> FindPeopleAsync(Guid circleId, string? text, int take = 20,
        CancellationToken cancellationToken = default);

    /// <summary>Adds an existing user of the workspace to the circle with a role.</summary>
    Task<Result> AddMemberAsync(MemberRoleRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes a member's role; the circle's last admin keeps theirs.</summary>
    Task<Result> ChangeRoleAsync(MemberRoleRequest request, CancellationToken cancellationToken = default);

    /// <summary>Takes a member out of the circle; the circle's last admin stays.</summary>
    Task<Result> RemoveMemberAsync(Guid circleId, Guid userId, CancellationToken cancellationToken = default);
}
