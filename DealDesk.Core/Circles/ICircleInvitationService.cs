using DealDesk.Core.Common;

namespace DealDesk.Core.Circles;

/// <summary>Inviting a new person into a circle: a new sign-in of the workspace with a temporary password, apart from
/// running circles because it creates a user, which only workspace admins may (<see cref="CircleMessages"/>).</summary>
public interface ICircleInvitationService
{
    /// <summary>Gives a new person a sign-in in this workspace with a generated temporary password and adds them to
    /// the circle, all or nothing (workspace admins: a new sign-in configures the workspace). The password comes back
    /// once, in the result.</summary>
    Task<Result<InvitedPerson>> InviteAsync(Guid circleId, InvitationDraft draft,
        CancellationToken cancellationToken = default);
}
