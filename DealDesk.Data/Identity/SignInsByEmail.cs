using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Identity;

/// <summary>Looks sign-ins up by email. An email is unique within a workspace only (ADR 0007), so Identity's
/// <see cref="UserManager{TUser}.FindByEmailAsync"/>, which expects one user per email across DealDesk and throws
/// on two, must not be used: these lookups say which workspace they look in, or return every user.</summary>
public static class SignInsByEmail
{
    /// <summary>Every user who signs in with <paramref name="email"/>, one per workspace at most, the most recently
    /// created first (ids are version 7 GUIDs, which order by creation time).</summary>
    public static async Task<IReadOnlyList<ApplicationUser>> FindAllByEmailAsync(
        this UserManager<ApplicationUser> users, string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(users);
        var normalized = users.NormalizeEmail(email.Trim());
        var found = await users.Users.Where(u => u.NormalizedEmail == normalized).ToListAsync(cancellationToken);
        // Sorted here, not in SQL: each provider orders GUIDs its own way; Guid.CompareTo orders v7 ids by time.
        return [.. found.OrderByDescending(u => u.Id)];
    }

    /// <summary>The user of <paramref name="workspaceId"/> who signs in with <paramref name="email"/>, if any.</summary>
    public static Task<ApplicationUser?> FindByEmailInWorkspaceAsync(this UserManager<ApplicationUser> users,
        Guid workspaceId, string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(users);
        var normalized = users.NormalizeEmail(email.Trim());
        return users.Users.SingleOrDefaultAsync(u => u.WorkspaceId == workspaceId && u.NormalizedEmail == normalized,
            cancellationToken);
    }
}
