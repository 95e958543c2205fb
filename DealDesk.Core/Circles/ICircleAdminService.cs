using DealDesk.Core.Common;

namespace DealDesk.Core.Circles;

/// <summary>Running circles: workspace admins create and rename them; circle moderators and admins (and workspace
/// admins) manage their members and roles under <see cref="MembershipRules"/>; admins invite new people. Every
/// member write is checked with <see cref="ICircleAccess.CheckAsync"/> first, so a refusal is logged and a role
/// change applies on the next call.</summary>
public interface ICircleAdminService
{
    /// <summary>The circles the user sees (workspace admins: all of the workspace), by name, with member counts and
    /// the user's role.</summary>
    Task<IReadOnlyList<CircleSummary>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>One circle with its members; <c>null</c> when the user cannot see it.</summary>
    Task<CircleDetail?> GetAsync(Guid circleId, CancellationToken cancellationToken = default);

    /// <summary>Creates a circle (workspace admins); refuses a name already used in the workspace, ignoring case.</summary>
    Task<Result<Guid>> CreateAsync(CircleDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Renames a circle and sets its description (workspace admins), with the same name rule.</summary>
    Task<Result> UpdateAsync(Guid circleId, CircleDraft draft, CancellationToken cancellationToken = default);

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

    /// <summary>Gives a new person a sign-in in this workspace with a generated temporary password and adds them to
    /// the circle, all or nothing (circle and workspace admins). The password comes back once, in the result.</summary>
    Task<Result<InvitedPerson>> InviteAsync(Guid circleId, InvitationDraft draft,
        CancellationToken cancellationToken = default);
}
