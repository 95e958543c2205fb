using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Circles;

/// <summary>The checks and the transaction the member writes share, and the service's log lines.</summary>
internal sealed partial class CircleAdminService
{
    /// <summary>The role the user acts in at <paramref name="circleId"/>, once <see cref="ICircleAccess"/> has let
    /// them manage its members; otherwise its refusal (already logged).</summary>
    private async Task<(Result? Denied, CircleRole Acting)> ActingRoleAsync(Guid circleId, string target,
        CancellationToken cancellationToken)
    {
        if (await access.CheckAsync(circleId, CircleAction.ManageMembers, target, cancellationToken) is { } denied)
        {
            return (denied, default);
        }

        // Read again rather than trusted from the check: a role taken away in between must not be acted on.
        return await access.RoleInAsync(circleId, cancellationToken) is { } role
            ? (null, role)
            : (Result.NotFound(CircleMessages.NotFound), default);
    }

    /// <summary>Applies <paramref name="change"/> (a role change or a removal) to one membership in a transaction,
    /// then counts the circle's admins inside it: when the change took the last one away, it is rolled back. Counting
    /// after the write, not before, keeps two admins who demote each other at once from leaving none (the database
    /// orders the two writes; the second one's count sees the first).</summary>
    private async Task<Result> ChangeMembershipAsync(Guid circleId, Guid userId, string field,
        Func<DealDeskDbContext, CircleMembership, Result?> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var membership = await db.CircleMemberships
                .SingleOrDefaultAsync(m => m.CircleId == circleId && m.UserId == userId, ct);
            if (membership is null)
            {
                return Result.NotFound(CircleMessages.NotAMember);
            }

            var wasAdmin = membership.Role == CircleRole.Admin;
            if (change(db, membership) is { } refused)
            {
                return refused;
            }

            // Changed or removed by someone else since it was read: nothing of theirs is overwritten.
            if (await db.SaveOrConflictAsync(CircleMessages.MemberConflict, ct) is { Succeeded: false } lost)
            {
                await transaction.RollbackAsync(ct);
                return lost;
            }

            if (wasAdmin && !await db.CircleMemberships.AnyAsync(
                    m => m.CircleId == circleId && m.Role == CircleRole.Admin, ct))
            {
                await transaction.RollbackAsync(ct);
                return Result.Invalid(field, CircleMessages.LastAdmin);
            }

            await transaction.CommitAsync(ct);
            return Result.Ok();
        }, cancellationToken);
    }

    private static Task<bool> IsMemberAsync(DealDeskDbContext db, Guid circleId, Guid userId,
        CancellationToken cancellationToken) =>
        db.CircleMemberships.AnyAsync(m => m.CircleId == circleId && m.UserId == userId, cancellationToken);

    /// <summary>Logs a refusal of the membership rules and returns it.</summary>
    private Result Refuse(Guid circleId, string target, string reason)
    {
        LogRefused(user.UserId, target, circleId, reason);
        return Result.Forbidden(reason);
    }

    /// <summary>The target of a member action in the logs: an id, never a name or an address.</summary>
    private static string Target(Guid userId) => $"member {userId}";

    [LoggerMessage(LogLevel.Warning,
        "Permission denied: user {UserId} may not manage members on {Target} in circle {CircleId}: {Reason}")]
    private partial void LogRefused(Guid? userId, string target, Guid circleId, string reason);

    [LoggerMessage(LogLevel.Information, "User {MemberId} added to circle {CircleId} as {Role} by user {UserId}")]
    private partial void LogMemberAdded(Guid memberId, Guid circleId, CircleRole role, Guid? userId);

    [LoggerMessage(LogLevel.Information, "User {MemberId} is now {Role} of circle {CircleId}, by user {UserId}")]
    private partial void LogRoleChanged(Guid memberId, Guid circleId, CircleRole role, Guid? userId);

    [LoggerMessage(LogLevel.Information, "User {MemberId} removed from circle {CircleId} by user {UserId}")]
    private partial void LogMemberRemoved(Guid memberId, Guid circleId, Guid? userId);

    [LoggerMessage(LogLevel.Information, "User {MemberId} invited into circle {CircleId} as {Role} by user {UserId}")]
    private partial void LogInvited(Guid memberId, Guid circleId, CircleRole role, Guid? userId);
}
