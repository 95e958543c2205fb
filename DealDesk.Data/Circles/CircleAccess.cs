using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Circles;

/// <summary>Reads the current user's circle roles from the memberships table on every call (never from the sign-in
/// cookie), so a role given or taken away applies to the very next action.</summary>
internal sealed partial class CircleAccess(
    IDbContextFactory<DealDeskDbContext> contexts,
    ICurrentUser user,
    ILogger<CircleAccess> log) : ICircleAccess
{
    public async Task<IReadOnlyList<MyCircle>> MyCirclesAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } userId)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (user.IsWorkspaceAdmin)
        {
            return await db.Circles
                .OrderBy(c => c.Name)
                .Select(c => new MyCircle(c.Id, c.Name, CircleRole.Admin))
                .ToListAsync(cancellationToken);
        }

        return await db.CircleMemberships
            .Where(m => m.UserId == userId)
            // Sorted before the projection: EF Core cannot order by a member of a constructed record.
            .Join(db.Circles, m => m.CircleId, c => c.Id, (m, c) => new { c.Id, c.Name, m.Role })
            .OrderBy(c => c.Name)
            .Select(c => new MyCircle(c.Id, c.Name, c.Role))
            .ToListAsync(cancellationToken);
    }

    public async Task<CircleRole?> RoleInAsync(Guid circleId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } userId)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (user.IsWorkspaceAdmin)
        {
            // The workspace filter keeps another tenant's circle out even for an admin.
            return await db.Circles.AnyAsync(c => c.Id == circleId, cancellationToken) ? CircleRole.Admin : null;
        }

        return await db.CircleMemberships
            .Where(m => m.UserId == userId && m.CircleId == circleId)
            .Select(m => (CircleRole?)m.Role)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<Result?> CheckAsync(Guid circleId, CircleAction action, string target,
        CancellationToken cancellationToken = default)
    {
        var role = await RoleInAsync(circleId, cancellationToken);
        if (CirclePermissions.Allows(role, action))
        {
            return null;
        }

        LogDenied(user.UserId, action, target, circleId, role);
        // A circle the user is not in is not theirs to know about: the same answer as a missing one.
        return role is null
            ? Result.NotFound(CircleMessages.NotFound)
            : Result.Forbidden(CirclePermissions.Refusal(action));
    }

    [LoggerMessage(LogLevel.Warning,
        "Permission denied: user {UserId} may not {Action} on {Target} in circle {CircleId} (role {Role})")]
    private partial void LogDenied(Guid? userId, CircleAction action, string target, Guid circleId, CircleRole? role);
}
