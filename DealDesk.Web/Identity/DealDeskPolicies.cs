namespace DealDesk.Web.Identity;

/// <summary>Names of the authorization policies pages ask for with <c>[Authorize(Policy = ...)]</c>.</summary>
public static class DealDeskPolicies
{
    /// <summary>Workspace admins only: the sign-in cookie says so (<c>DealDeskClaims.IsWorkspaceAdmin</c>).</summary>
    public const string WorkspaceAdmin = "WorkspaceAdmin";
}
