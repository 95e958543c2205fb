using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Support;

/// <summary>The scope a demo user acts in, for tests and benchmarks that act as them without signing in. The product
/// always gets its scope from the signed-in user, so this lives beside the tests (the benchmarks link this file).
/// </summary>
internal static class UserScopes
{
    /// <summary>The scope of the user who signs in as <paramref name="email"/>. For emails of one workspace only, as the
    /// demo data's are: an email of several workspaces (ADR 0007) throws rather than pick one.</summary>
    public static async Task<TenantScope> ScopeOfUserAsync(this DealDeskDatabase database, string email,
        CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext(TenantScope.None);
        var normalized = email.Trim().ToUpperInvariant();
        var user = await db.Users.SingleAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        return TenantScope.ForUser(user.WorkspaceId, user.Id, user.IsWorkspaceAdmin);
    }
}
