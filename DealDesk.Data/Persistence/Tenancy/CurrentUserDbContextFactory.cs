using DealDesk.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Persistence.Tenancy;

/// <summary>Gives services one short-lived context per operation, scoped to whoever is acting now.</summary>
/// <remarks>Registered per DI scope (an HTTP request or a Blazor circuit) next to <see cref="ICurrentUser"/>,
/// so no service can ask for a context of another tenant.</remarks>
public sealed class CurrentUserDbContextFactory(DealDeskDatabase database, ICurrentUser currentUser)
    : IDbContextFactory<DealDeskDbContext>
{
    public DealDeskDbContext CreateDbContext() => database.CreateContext(ScopeOf(currentUser));

    /// <summary>The tenant scope a user acts in; nobody signed in sees nothing.</summary>
    public static TenantScope ScopeOf(ICurrentUser user) =>
        user is { WorkspaceId: { } workspaceId, UserId: { } userId }
            ? TenantScope.ForUser(workspaceId, userId, user.IsWorkspaceAdmin)
            : TenantScope.None;
}
