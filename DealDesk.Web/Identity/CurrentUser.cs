using System.Security.Claims;
using DealDesk.Core.Common;
using DealDesk.Data.Identity;

namespace DealDesk.Web.Identity;

/// <summary>The signed-in user of this DI scope (an HTTP request or a Blazor circuit), read from the claims of
/// the sign-in cookie. Set by <see cref="CurrentUserMiddleware"/> and <see cref="CurrentUserCircuitHandler"/>.</summary>
public sealed class CurrentUser : ICurrentUser
{
    public Guid? UserId { get; private set; }

    public Guid? WorkspaceId { get; private set; }

    public bool IsWorkspaceAdmin { get; private set; }

    /// <summary>Name shown in the user menu.</summary>
    public string DisplayName { get; private set; } = "";

    /// <summary>Name shown in the app bar.</summary>
    public string WorkspaceName { get; private set; } = "";

    public void Set(ClaimsPrincipal principal)
    {
        Guid userId = default, workspaceId = default;
        var signedIn = principal.Identity?.IsAuthenticated == true
            && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out userId)
            && Guid.TryParse(principal.FindFirstValue(DealDeskClaims.WorkspaceId), out workspaceId);
        UserId = signedIn ? userId : null;
        WorkspaceId = signedIn ? workspaceId : null;
        IsWorkspaceAdmin = signedIn && principal.FindFirstValue(DealDeskClaims.IsWorkspaceAdmin) == "true";
        DisplayName = signedIn ? principal.FindFirstValue(DealDeskClaims.DisplayName) ?? "" : "";
        WorkspaceName = signedIn ? principal.FindFirstValue(DealDeskClaims.WorkspaceName) ?? "" : "";
    }
}
