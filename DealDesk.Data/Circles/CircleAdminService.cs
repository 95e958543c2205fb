using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Circles;

/// <summary>Circles themselves. Reads go through the tenant filters (a member sees their circles, a workspace admin all
/// of the workspace's); creating and renaming are the workspace admins'. Users are not tenant-owned rows, so the
/// queries over them name the workspace themselves. Members are <see cref="CircleMemberService"/>, invitations
/// <see cref="CircleInvitationService"/>.</summary>
internal sealed partial class CircleAdminService(
    IDbContextFactory<DealDeskDbContext> contexts,
    ICircleAccess access,
    ICurrentUser user,
    ILogger<CircleAdminService> log) : ICircleAdminService
{
    private static readonly CircleDraftValidator CircleValidator = new();

    public async Task<IReadOnlyList<CircleSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } userId)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Circles
            .OrderBy(c => c.Name)
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.Description,
                c.Version,
                Members = db.CircleMemberships.Count(m => m.CircleId == c.Id),
                Mine = db.CircleMemberships.Where(m => m.CircleId == c.Id && m.UserId == userId)
                    .Select(m => (CircleRole?)m.Role).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new CircleSummary(r.Id, r.Name, r.Description, r.Members,
            ActingRole(r.Mine), r.Mine is not null, r.Version))];
    }

    public async Task<CircleDetail?> GetAsync(Guid circleId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } userId)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var circle = await db.Circles.Where(c => c.Id == circleId)
            .Select(c => new { c.Id, c.Name, c.Description, c.Version })
            .SingleOrDefaultAsync(cancellationToken);
        if (circle is null)
        {
            return null;
        }

        var members = await (
                from m in db.CircleMemberships
                where m.CircleId == circleId
                join u in db.Users on m.UserId equals u.Id
                where u.WorkspaceId == db.Tenant.WorkspaceId
                orderby m.Role descending, u.DisplayName
                select new CircleMember(u.Id, u.DisplayName, u.Email ?? "", m.Role, m.Version))
            .ToListAsync(cancellationToken);
        var mine = members.FirstOrDefault(m => m.UserId == userId)?.Role;
        return new CircleDetail(circle.Id, circle.Name, circle.Description, ActingRole(mine), user.IsWorkspaceAdmin,
            members, circle.Version);
    }

    public async Task<Result<Guid>> CreateAsync(CircleDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!user.IsWorkspaceAdmin)
        {
            LogWorkspaceRefusal(user.UserId, "create circles", $"workspace {user.WorkspaceId}");
            return Result.Forbidden(CircleMessages.OnlyWorkspaceAdminsCreate);
        }

        if (CircleValidator.WhyInvalid(draft) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await NameTakenAsync(db, draft.Name, exceptId: null, cancellationToken) is { } taken)
        {
            return taken;
        }

        var circle = new Circle(draft.Name, draft.Description);
        db.Circles.Add(circle);
        var saved = await SaveCircleAsync(db, circle, cancellationToken);
        if (!saved.Succeeded)
        {
            return saved;
        }

        LogCircleCreated(circle.Id, user.UserId);
        return Result<Guid>.Ok(circle.Id);
    }

    public async Task<Result> UpdateAsync(Guid circleId, CircleDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!user.IsWorkspaceAdmin)
        {
            LogWorkspaceRefusal(user.UserId, "rename circles", $"circle {circleId}");
            // A member may know their circle exists; anyone else is told it does not.
            return await access.RoleInAsync(circleId, cancellationToken) is null
                ? Result.NotFound(CircleMessages.NotFound)
                : Result.Forbidden(CircleMessages.OnlyWorkspaceAdminsEdit);
        }

        if (CircleValidator.WhyInvalid(draft) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var circle = await db.Circles.SingleOrDefaultAsync(c => c.Id == circleId, cancellationToken);
        if (circle is null)
        {
            return Result.NotFound(CircleMessages.NotFound);
        }

        if (db.ExpectVersion(circle, draft.Version, CircleMessages.Conflict) is { } stale)
        {
            return stale;
        }

        if (await NameTakenAsync(db, draft.Name, exceptId: circleId, cancellationToken) is { } taken)
        {
            return taken;
        }

        circle.Rename(draft.Name);
        circle.Describe(draft.Description);
        var saved = await SaveCircleAsync(db, circle, cancellationToken);
        if (saved.Succeeded)
        {
            LogCircleUpdated(circle.Id, user.UserId);
        }

        return saved;
    }

    /// <summary>Workspace admins act as admins of every circle; anyone else in the role they hold (the circle filter
    /// only lets them see circles they hold one in).</summary>
    private CircleRole ActingRole(CircleRole? membership) =>
        user.IsWorkspaceAdmin ? CircleRole.Admin : membership ?? CircleRole.Member;

    /// <summary>The circle whose name equals <paramref name="name"/> ignoring case and surrounding spaces. A workspace
    /// holds a handful of circles, so the names are compared here, with .NET's case rules, rather than with each
    /// provider's own (SQLite's <c>upper()</c> knows only ASCII).</summary>
    private static async Task<Result?> NameTakenAsync(DealDeskDbContext db, string name, Guid? exceptId,
        CancellationToken cancellationToken)
    {
        var wanted = name.Trim();
        var names = await db.Circles.Where(c => c.Id != exceptId).Select(c => c.Name).ToListAsync(cancellationToken);
        var existing = names.FirstOrDefault(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase));
        return existing is null ? null : Result.Invalid(nameof(CircleDraft.Name), CircleMessages.NameTaken(existing));
    }

    /// <summary>Saves, turning a lost race for the row into a conflict and a lost race for the name (the unique index
    /// refused ours after our check) into the check's field message. Any other failure is a bug and goes on up.
    /// </summary>
    private async Task<Result> SaveCircleAsync(DealDeskDbContext db, Circle circle, CancellationToken cancellationToken)
    {
        try
        {
            return await db.SaveOrConflictAsync(CircleMessages.Conflict, cancellationToken);
        }
        catch (DbUpdateException)
        {
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            if (await NameTakenAsync(fresh, circle.Name, circle.Id, cancellationToken) is { } taken)
            {
                return taken;
            }

            throw;
        }
    }

    [LoggerMessage(LogLevel.Information, "Circle {CircleId} created by user {UserId}")]
    private partial void LogCircleCreated(Guid circleId, Guid? userId);

    [LoggerMessage(LogLevel.Information, "Circle {CircleId} renamed or described by user {UserId}")]
    private partial void LogCircleUpdated(Guid circleId, Guid? userId);

    [LoggerMessage(LogLevel.Warning,
        "Permission denied: user {UserId} may not {Action} on {Target} (not a workspace admin)")]
    private partial void LogWorkspaceRefusal(Guid? userId, string action, string target);
}
