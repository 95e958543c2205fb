namespace DealDesk.Data.Identity;

/// <summary>Claim types DealDesk adds to a signed-in user's cookie.</summary>
public static class DealDeskClaims
{
    public const string WorkspaceId = "dealdesk:workspace_id";
    public const string WorkspaceName = "dealdesk:workspace_name";
    public const string DisplayName = "dealdesk:display_name";
    public const string IsWorkspaceAdmin = "dealdesk:workspace_admin";
}
