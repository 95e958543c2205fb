using DealDesk.Core.Common;
using DealDesk.Core.Workspaces;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Persistence.Writing;

/// <summary>Keeps every write inside the context's <see cref="TenantScope"/>: a new tenant-owned row gets the acting
/// workspace, a row of another workspace (or any tenant row with nobody signed in) is refused, and so is a row put
/// in a circle the acting user cannot see. Throws <see cref="TenantIsolationException"/> before anything is sent.
/// </summary>
/// <remarks>The query filters keep other tenants out of what is read (ADR 0001); this keeps them out of what is
/// written, whatever a service did with the objects it read.</remarks>
internal sealed class TenancyStep : WriteStep
{
    public override void Prepare(DealDeskDbContext db, IReadOnlyList<PendingRow> rows)
    {
        var circles = StampAndCheckWorkspace(db.Tenant, rows);
        if (circles.Count > 0)
        {
            EnsureVisible(circles, VisibleCircles(db, circles).ToList());
        }
    }

    public override async ValueTask PrepareAsync(DealDeskDbContext db, IReadOnlyList<PendingRow> rows,
        CancellationToken cancellationToken)
    {
        var circles = StampAndCheckWorkspace(db.Tenant, rows);
        if (circles.Count > 0)
        {
            EnsureVisible(circles, await VisibleCircles(db, circles).ToListAsync(cancellationToken));
        }
    }

    /// <summary>Stamps and checks each row's workspace; returns the circles that new and changed rows are put in.
    /// </summary>
    private static HashSet<Guid> StampAndCheckWorkspace(TenantScope tenant, IReadOnlyList<PendingRow> rows)
    {
        var circles = new HashSet<Guid>();
        foreach (var row in rows)
        {
            EnsureInWorkspace(row, tenant.WorkspaceId);
            if (row.Entity is ICircleOwned && row.State is EntityState.Added or EntityState.Modified)
            {
                circles.Add((Guid)row.Current(nameof(ICircleOwned.CircleId))!);
            }
        }

        return circles;
    }

    private static void EnsureInWorkspace(PendingRow row, Guid workspaceId)
    {
        if (row.Entity is Workspace workspace)
        {
            if (workspace.Id != workspaceId)
            {
                throw new TenantIsolationException("A context can only write its own workspace.");
            }

            return;
        }

        if (row.Entity is not ITenantOwned)
        {
            return;
        }

        if (workspaceId == Guid.Empty)
        {
            throw new TenantIsolationException("Nobody is signed in: tenant data cannot be written.");
        }

        const string property = nameof(ITenantOwned.WorkspaceId);
        if (row.State == EntityState.Added && (Guid)row.Current(property)! == Guid.Empty)
        {
            row.SetCurrent(property, workspaceId);
        }

        if ((Guid)row.Original(property)! != workspaceId || (Guid)row.Current(property)! != workspaceId)
        {
            throw new TenantIsolationException(
                $"{row.EntityType.ClrType.Name} belongs to another workspace and cannot be written here.");
        }
    }

    // Through the circle set, and so through its own filter: the workspace's circles for an admin, the member's
    // circles otherwise.
    private static IQueryable<Guid> VisibleCircles(DealDeskDbContext db, HashSet<Guid> circleIds) =>
        db.Circles.Where(c => circleIds.Contains(c.Id)).Select(c => c.Id);

    private static void EnsureVisible(HashSet<Guid> targeted, List<Guid> visible)
    {
        if (!targeted.SetEquals(visible))
        {
            throw new TenantIsolationException("The change targets a circle that is not visible to this user.");
        }
    }
}
