namespace DealDesk.Core.Common;

/// <summary>Who is acting: the signed-in user and their workspace.</summary>
/// <remarks>Filled from the authentication state of the request or the Blazor circuit; the data
/// layer turns it into the tenant filter, so services never pass a workspace id around.</remarks>
public interface ICurrentUser
{
    /// <summary>The user's id, or <c>null</c> when nobody is signed in.</summary>
    Guid? UserId { get; }

    /// <summary>The user's workspace, or <c>null</c> when nobody is signed in.</summary>
    Guid? WorkspaceId { get; }

    /// <summary>Workspace admins see every circle of their workspace.</summary>
    bool IsWorkspaceAdmin { get; }
}
