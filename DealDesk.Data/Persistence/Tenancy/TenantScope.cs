namespace DealDesk.Data.Persistence.Tenancy;

/// <summary>What one DbContext may see and write: a workspace, and either every circle in it or only the
/// circles <see cref="UserId"/> is a member of.</summary>
/// <param name="WorkspaceId">The tenant; <see cref="Guid.Empty"/> sees nothing.</param>
/// <param name="UserId">The acting user, whose circle memberships limit what is visible.</param>
/// <param name="SeesAllCircles">Workspace admins and system jobs see every circle of the workspace.</param>
public sealed record TenantScope(Guid WorkspaceId, Guid? UserId, bool SeesAllCircles)
{
    /// <summary>Nobody signed in: every tenant-owned query is empty and every write is refused.</summary>
    public static TenantScope None { get; } = new(Guid.Empty, null, false);

    /// <summary>A background job acting for a whole workspace (seeding, daily snapshots).</summary>
    public static TenantScope System(Guid workspaceId) => new(workspaceId, null, true);

    /// <summary>A user acting in their workspace.</summary>
    public static TenantScope ForUser(Guid workspaceId, Guid userId, bool isWorkspaceAdmin) =>
        new(workspaceId, userId, isWorkspaceAdmin);
}
