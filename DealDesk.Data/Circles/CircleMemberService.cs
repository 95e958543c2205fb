using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Data.Persistence;
using DealDesk.Data.Deals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Circles;

/// <summary>A circle's members and roles. Every call asks <see cref="ICircleAccess"/> first, which reads the roles
/// from the database, so a promotion or demotion applies on the very next call; <see cref="MembershipRules"/> then
/// says which roles the acting one may give or touch.</summary>
internal sealed partial class CircleMemberService(
    IDbContextFactory<DealDeskDbContext> contexts,
    ICircleAccess access,
    ICurrentUser user,
    ILogger<CircleMemberService> log) : ICircleMemberService
{
    /// <summary>Most people one type-ahead call returns.</summary>
    public const int MaxLookup = 50;

    private static readonly MemberRoleRequestValidator MemberValidator = new();

    public async Task<Result> AddMemberAsync(MemberRoleRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (MemberValidator.WhyInvalid(request) is { } invalid)
        {
            return invalid;
        }

        var (denied, acting) = await ActingRoleAsync(request.CircleId, Target(request.UserId), cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        if (MembershipRules.RefuseAdd(acting, request.Role) is { } refusal)
        {
            return Refuse(request.CircleId, Target(request.UserId), refusal);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Users.AnyAsync(u => u.Id == request.UserId && u.WorkspaceId == db.Tenant.WorkspaceId,
                cancellationToken))
        {
            // Another workspace's user (or nobody): the same answer, which tells nothing about other tenants.
            LogRefused(user.UserId, Target(request.UserId), request.CircleId, CircleMessages.PersonNotInWorkspace);
            return Result.Invalid(nameof(MemberRoleRequest.UserId), CircleMessages.PersonNotInWorkspace);
        }

        if (await IsMemberAsync(db, request.CircleId, request.UserId, cancellationToken))
        {
            return Result.Invalid(nameof(MemberRoleRequest.UserId), CircleMessages.AlreadyMember);
        }

        db.CircleMemberships.Add(new CircleMembership(request.CircleId, request.UserId, request.Role));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone added them between our check and our insert; the unique index kept one membership.
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            if (await IsMemberAsync(fresh, request.CircleId, request.UserId, cancellationToken))
            {
                return Result.Invalid(nameof(MemberRoleRequest.UserId), CircleMessages.AlreadyMember);
            }

            throw;
        }

        LogMemberAdded(request.UserId, request.CircleId, request.Role, user.UserId);
        return Result.Ok();
    }

    public async Task<Result> ChangeRoleAsync(MemberRoleRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (MemberValidator.WhyInvalid(request) is { } invalid)
        {
            return invalid;
        }

        var target = Target(request.UserId);
        var (denied, acting) = await ActingRoleAsync(request.CircleId, target, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var result = await ChangeMembershipAsync(request.CircleId, request.UserId, nameof(MemberRoleRequest.Role),
            (db, membership) =>
            {
                if (db.ExpectVersion(membership, request.Version, CircleMessages.MemberConflict) is { } stale)
                {
                    return stale;
                }

                if (MembershipRules.RefuseChange(acting, membership.Role, request.Role) is { } refusal)
                {
                    return Refuse(request.CircleId, target, refusal);
                }

                membership.ChangeRole(request.Role);
                return null;
            }, cancellationToken);
        if (result.Succeeded)
        {
            LogRoleChanged(request.UserId, request.CircleId, request.Role, user.UserId);
        }

        return result;
    }

    public async Task<Result> RemoveMemberAsync(Guid circleId, Guid userId, CancellationToken cancellationToken = default)
    {
        var target = Target(userId);
        var (denied, acting) = await ActingRoleAsync(circleId, target, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var result = await ChangeMembershipAsync(circleId, userId, nameof(MemberRoleRequest.UserId),
            (db, membership) =>
            {
                if (MembershipRules.RefuseRemove(acting, membership.Role) is { } refusal)
                {
                    return Refuse(circleId, target, refusal);
                }

                db.CircleMemberships.Remove(membership);
                return null;
            }, cancellationToken);
        if (result.Succeeded)
        {
            LogMemberRemoved(userId, circleId, user.UserId);
        }

        return result;
    }

    public async Task<IReadOnlyList<WorkspacePerson>> FindPeopleAsync(Guid circleId, string? text, int take = 20,
        CancellationToken cancellationToken = default)
    {
        if (await access.CheckAsync(circleId, CircleAction.ManageMembers, "the workspace's people", cancellationToken)
            is not null)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = db.Users.Where(u => u.WorkspaceId == db.Tenant.WorkspaceId
            && !db.CircleMemberships.Any(m => m.CircleId == circleId && m.UserId == u.Id));
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = "%" + DealFilters.EscapeLike(text.Trim()) + "%";
            people = people.Where(u => EF.Functions.Like(u.DisplayName, pattern, DealFilters.LikeEscape)
                || EF.Functions.Like(u.Email, pattern, DealFilters.LikeEscape));
        }

        return await people
            .OrderBy(u => u.DisplayName)
            .ThenBy(u => u.Id)
            .Take(Math.Clamp(take, 1, MaxLookup))
            .Select(u => new WorkspacePerson(u.Id, u.DisplayName, u.Email ?? ""))
            .ToListAsync(cancellationToken);
    }

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

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Changed or removed by someone else since it was read: nothing of theirs is overwritten.
                await transaction.RollbackAsync(ct);
                return Result.Conflict(CircleMessages.MemberConflict);
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
}
