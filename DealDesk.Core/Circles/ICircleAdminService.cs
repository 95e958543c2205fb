using DealDesk.Core.Common;

namespace DealDesk.Core.Circles;

/// <summary>Running circles: everyone lists and opens the circles they see; workspace admins create and rename them.
/// Members are <see cref="ICircleMemberService"/>, invitations of new people <see cref="ICircleInvitationService"/>.
/// </summary>
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
}
