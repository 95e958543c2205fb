using System.Security.Claims;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DealDesk.Data.Identity;

/// <summary>Puts the user's workspace, its name and the user's display name into the sign-in cookie, so that
/// every request and circuit knows its tenant without a database round trip.</summary>
public sealed class DealDeskClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    IOptions<IdentityOptions> options,
    DealDeskDatabase database)
    : UserClaimsPrincipalFactory<ApplicationUser>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        await using var db = database.CreateContext(TenantScope.System(user.WorkspaceId));
        var workspaceName = await db.Workspaces.Select(w => w.Name).SingleAsync();
        identity.AddClaims(
        [
            new Claim(DealDeskClaims.WorkspaceId, user.WorkspaceId.ToString()),
            new Claim(DealDeskClaims.WorkspaceName, workspaceName),
            new Claim(DealDeskClaims.DisplayName, user.DisplayName),
            new Claim(DealDeskClaims.IsWorkspaceAdmin, user.IsWorkspaceAdmin ? "true" : "false"),
        ]);
        return identity;
    }
}
