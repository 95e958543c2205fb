using System.Reflection;
using DealDesk.Core.Accounts;
using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Core.Contacts;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Notes;
using DealDesk.Core.Deals.Tasks;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Core.Intelligence.Qualification;
using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Core.Kpis;
using DealDesk.Core.Notifications;
using DealDesk.Core.Pipeline;
using DealDesk.Core.Plans;
using DealDesk.Core.Workspaces;
using DealDesk.Data.Identity;
using DealDesk.Data.Intelligence.Stakeholders;
using DealDesk.Data.Persistence.Bulk;
using DealDesk.Data.Persistence.Conversions;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealDesk.Data.Persistence;

/// <summary>The DealDesk database, Identity included. Every query is limited to one workspace, and
/// circle-owned data to the circles the acting user belongs to, by global query filters; every write
/// is checked against the same scope before it is sent.</summary>
/// <remarks>Provider specifics (money columns, concurrency tokens) live in the derived
/// <see cref="SqliteDealDeskDbContext"/> and <see cref="SqlServerDealDeskDbContext"/>, each with its own
/// migrations. Create instances through <see cref="DealDeskDatabase"/> or an <c>IDbContextFactory</c>.</remarks>
public abstract class DealDeskDbContext : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>
{
    /// <summary>Name of the query filter that keeps each workspace's rows to itself.</summary>
    public const string WorkspaceFilter = "Workspace";

    /// <summary>Name of the query filter that limits circle data to the user's circles.</summary>
    public const string CircleFilter = "Circle";

    /// <summary>Name of the query filter that hides archived pipeline stages. A query that shows stage history
    /// (which may name an archived stage) lifts it with <c>IgnoreQueryFilters([ArchivedStageFilter])</c>.</summary>
    public const string ArchivedStageFilter = "ArchivedStage";

    private readonly TimeProvider _clock;

    protected DealDeskDbContext(DbContextOptions options, TenantScope tenant, TimeProvider clock)
        : base(options)
    {
        Tenant = tenant;
        _clock = clock;
    }

    /// <summary>What this context may see and write.</summary>
    public TenantScope Tenant { get; }

    public DbSet<Workspace> Workspaces => Set<Workspace>();

    public DbSet<Circle> Circles => Set<Circle>();

    public DbSet<CircleMembership> CircleMemberships => Set<CircleMembership>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<PipelineStage> PipelineStages => Set<PipelineStage>();

    public DbSet<Deal> Deals => Set<Deal>();

    public DbSet<DealStageHistory> DealStageHistory => Set<DealStageHistory>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<DealTask> DealTasks => Set<DealTask>();

    public DbSet<DealNote> DealNotes => Set<DealNote>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<Stakeholder> Stakeholders => Set<Stakeholder>();

    public DbSet<DealQualification> DealQualifications => Set<DealQualification>();

    public DbSet<IntelligenceEvidence> IntelligenceEvidence => Set<IntelligenceEvidence>();

    public DbSet<DealHealthHistory> DealHealthHistory => Set<DealHealthHistory>();

    public DbSet<OpportunityPlanVersion> OpportunityPlanVersions => Set<OpportunityPlanVersion>();

    public DbSet<AccountPlanVersion> AccountPlanVersions => Set<AccountPlanVersion>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<ContactNote> ContactNotes => Set<ContactNote>();

    public DbSet<Kpi> Kpis => Set<Kpi>();

    public DbSet<KpiHistory> KpiHistory => Set<KpiHistory>();

    // The query filters read these members on every query: EF Core turns them into parameters, so one
    // compiled model serves every tenant.
    private Guid CurrentWorkspaceId => Tenant.WorkspaceId;

    private Guid? CurrentUserId => Tenant.UserId;

    private bool SeesAllCircles => Tenant.SeesAllCircles;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var targeted = PrepareChanges();
        if (targeted.Count > 0)
        {
            EnsureVisible(targeted, VisibleCircles(targeted).ToList());
        }

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default)
    {
        await PrepareAndCheckChangesAsync(cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Inserts every Added entity with prepared statements instead of one command per row, after the same
    /// stamping and tenant checks as <see cref="SaveChangesAsync(bool, CancellationToken)"/>; then clears the
    /// change tracker. For large inserts of new rows only (seeding, imports): it refuses any other pending change.</summary>
    public async Task<int> InsertAddedInBulkAsync(CancellationToken cancellationToken = default)
    {
        if (ChangeTracker.AutoDetectChangesEnabled)
        {
            ChangeTracker.DetectChanges();
        }

        await PrepareAndCheckChangesAsync(cancellationToken);
        var pending = ChangeTracker.Entries().Where(e => e.State is not (EntityState.Unchanged or EntityState.Detached)).ToList();
        if (pending.Any(e => e.State != EntityState.Added))
        {
            throw new InvalidOperationException("A bulk insert cannot carry updates or deletes; use SaveChanges.");
        }

        // All rows or none: without a caller's transaction the batch gets its own, retried as a unit where the
        // provider retries.
        var written = Database.CurrentTransaction is not null
            ? await Bulk.AddedRowsWriter.WriteAsync(this, pending, cancellationToken)
            : await Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                await using var transaction = await Database.BeginTransactionAsync(ct);
                var rows = await Bulk.AddedRowsWriter.WriteAsync(this, pending, ct);
                await transaction.CommitAsync(ct);
                return rows;
            }, cancellationToken);
        ChangeTracker.Clear();
        return written;
    }

    /// <summary>Inserts new <paramref name="entities"/> of one flat type (no related entities) with a prepared INSERT,
    /// without attaching them to the change tracker, which costs more than the INSERT itself. What is stored is what
    /// SaveChanges would store, by the same rules: the acting workspace (an entity of another one is refused), created
    /// and updated "now" unless set, a new concurrency version, and every targeted circle visible to the user. The
    /// entity objects are left as they were (not stamped, not tracked). For imports of many new rows.</summary>
    public async Task<int> InsertNewInBulkAsync<T>(IReadOnlyList<T> entities, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(entities);
        var type = Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of this model.");
        var stamped = new Dictionary<string, Func<T, object?>>();
        if (typeof(ITenantOwned).IsAssignableFrom(typeof(T)))
        {
            if (CurrentWorkspaceId == Guid.Empty)
            {
                throw new TenantIsolationException("Nobody is signed in: tenant data cannot be written.");
            }

            if (entities.Any(e => ((ITenantOwned)e).WorkspaceId != Guid.Empty && ((ITenantOwned)e).WorkspaceId != CurrentWorkspaceId))
            {
                throw new TenantIsolationException($"{typeof(T).Name} belongs to another workspace and cannot be written here.");
            }

            var workspaceId = CurrentWorkspaceId;
            stamped[nameof(ITenantOwned.WorkspaceId)] = _ => workspaceId;
        }

        if (typeof(IAuditable).IsAssignableFrom(typeof(T)))
        {
            var now = _clock.GetUtcNow().UtcDateTime;
            stamped[nameof(IAuditable.CreatedAt)] = e => ((IAuditable)e).CreatedAt == default ? now : ((IAuditable)e).CreatedAt;
            stamped[nameof(IAuditable.UpdatedAt)] = e => ((IAuditable)e).UpdatedAt != default
                ? ((IAuditable)e).UpdatedAt
                : ((IAuditable)e).CreatedAt == default ? now : ((IAuditable)e).CreatedAt;
        }

        if (typeof(IConcurrencyVersioned).IsAssignableFrom(typeof(T)) && NewVersion() is { } newVersion)
        {
            stamped[nameof(IConcurrencyVersioned.Version)] = _ => newVersion();
        }

        var circles = entities.OfType<ICircleOwned>().Select(e => e.CircleId).ToHashSet();
        if (circles.Count > 0)
        {
            EnsureVisible(circles, await VisibleCircles(circles).ToListAsync(cancellationToken));
        }

        return Database.CurrentTransaction is not null
            ? await Bulk.AddedRowsWriter.WriteNewAsync(this, type, entities, stamped, cancellationToken)
            : await Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                await using var transaction = await Database.BeginTransactionAsync(ct);
                var rows = await Bulk.AddedRowsWriter.WriteNewAsync(this, type, entities, stamped, ct);
                await transaction.CommitAsync(ct);
                return rows;
            }, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(15, 2);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DealDeskDbContext).Assembly);
        UseDomainGeneratedIds(modelBuilder);
        ApplyTenantFilters(modelBuilder);
    }

    /// <summary>Applies the provider's kind of concurrency token to every versioned entity.</summary>
    protected static void ConfigureVersionTokens(ModelBuilder modelBuilder, Action<PropertyBuilder> configure)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes()
                     .Where(t => typeof(IConcurrencyVersioned).IsAssignableFrom(t.ClrType)))
        {
            configure(modelBuilder.Entity(entityType.ClrType).Property(nameof(IConcurrencyVersioned.Version)));
        }
    }

    /// <summary>Renews the concurrency token of an entity about to be saved, where the provider does not.</summary>
    protected virtual void RenewVersion(EntityEntry entry)
    {
    }

    /// <summary>Makes the concurrency token of a row inserted without the change tracker, where the provider does not
    /// (<c>null</c>: the database generates it).</summary>
    protected virtual Func<byte[]>? NewVersion() => null;

    /// <summary>Ids come from the domain (<see cref="Entity"/>). Telling EF so matters: with "generated on add"
    /// it would take a new child with an id already set (a stage move added to a saved deal) for an existing
    /// row and UPDATE it instead of inserting it.</summary>
    private static void UseDomainGeneratedIds(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            modelBuilder.Entity(entityType.ClrType).Property(nameof(Entity.Id)).ValueGeneratedNever();
        }
    }

    private void ApplyTenantFilters(ModelBuilder modelBuilder)
    {
        foreach (var clrType in modelBuilder.Model.GetEntityTypes().Select(t => t.ClrType).ToList())
        {
            if (typeof(ICircleOwned).IsAssignableFrom(clrType))
            {
                InvokeGeneric(nameof(FilterByWorkspaceAndCircle), clrType, modelBuilder);
            }
            else if (typeof(ITenantOwned).IsAssignableFrom(clrType))
            {
                InvokeGeneric(nameof(FilterByWorkspace), clrType, modelBuilder);
            }
        }

        modelBuilder.Entity<Workspace>().HasQueryFilter(WorkspaceFilter, w => w.Id == CurrentWorkspaceId);
        modelBuilder.Entity<PipelineStage>().HasQueryFilter(ArchivedStageFilter, s => s.ArchivedAt == null);
        modelBuilder.Entity<Circle>().HasQueryFilter(CircleFilter, c => SeesAllCircles
            || Set<CircleMembership>().Where(m => m.UserId == CurrentUserId).Select(m => m.CircleId).Contains(c.Id));

        // History rows are reached through their parent, but filter them too so that a query written
        // straight against them cannot read a circle the user is not in.
        modelBuilder.Entity<DealStageHistory>().HasQueryFilter(CircleFilter,
            h => SeesAllCircles || Set<Deal>().Any(d => d.Id == h.DealId));
        modelBuilder.Entity<ContactNote>().HasQueryFilter(CircleFilter,
            n => SeesAllCircles || Set<Contact>().Any(c => c.Id == n.ContactId));
        modelBuilder.Entity<KpiHistory>().HasQueryFilter(CircleFilter,
            h => SeesAllCircles || Set<Kpi>().Any(k => k.Id == h.KpiId));
        modelBuilder.Entity<Activity>().HasQueryFilter(CircleFilter,
            a => SeesAllCircles || Set<Deal>().Any(d => d.Id == a.DealId));
        modelBuilder.Entity<DealTask>().HasQueryFilter(CircleFilter,
            t => SeesAllCircles || Set<Deal>().Any(d => d.Id == t.DealId));
    }

    private void InvokeGeneric(string method, Type entityType, ModelBuilder modelBuilder) =>
        typeof(DealDeskDbContext).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Instance)!
            .MakeGenericMethod(entityType)
            .Invoke(this, [modelBuilder]);

    private void FilterByWorkspace<T>(ModelBuilder modelBuilder) where T : class, ITenantOwned =>
        modelBuilder.Entity<T>().HasQueryFilter(WorkspaceFilter, e => e.WorkspaceId == CurrentWorkspaceId);

    private void FilterByWorkspaceAndCircle<T>(ModelBuilder modelBuilder) where T : class, ICircleOwned
    {
        FilterByWorkspace<T>(modelBuilder);
        // "CircleId IN (the circles the user sees)", the circles coming from the circle set and so through its own
        // filter (the workspace's circles for an admin, the member's circles otherwise). SQLite reads those few
        // circles once and then counts and pages from an index holding the circle: 3-10× faster over 100,000 deals
        // than a correlated EXISTS, and twice as fast as "admin OR CircleId IN (memberships)", whose OR stops the
        // circle from being used as an index key (docs/benchmarks.md).
        modelBuilder.Entity<T>().HasQueryFilter(CircleFilter, e => Set<Circle>().Select(c => c.Id).Contains(e.CircleId));
    }

    /// <summary>Stamps workspace, audit times and versions, refuses writes outside the tenant, and returns
    /// the circles that the pending circle-owned rows point at.</summary>
    private HashSet<Guid> PrepareChanges()
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var circles = new HashSet<Guid>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            EnsureInWorkspace(entry);
            StampAudit(entry, now);
            if (entry.Entity is IConcurrencyVersioned && entry.State is EntityState.Added or EntityState.Modified)
            {
                RenewVersion(entry);
            }

            if (entry.Entity is ICircleOwned owned && entry.State is EntityState.Added or EntityState.Modified)
            {
                circles.Add(owned.CircleId);
            }
        }

        return circles;
    }

    private void EnsureInWorkspace(EntityEntry entry)
    {
        if (entry.Entity is Workspace workspace)
        {
            if (workspace.Id != CurrentWorkspaceId)
            {
                throw new TenantIsolationException("A context can only write its own workspace.");
            }

            return;
        }

        if (entry.Entity is not ITenantOwned)
        {
            return;
        }

        if (CurrentWorkspaceId == Guid.Empty)
        {
            throw new TenantIsolationException("Nobody is signed in: tenant data cannot be written.");
        }

        var workspaceId = entry.Property(nameof(ITenantOwned.WorkspaceId));
        if (entry.State == EntityState.Added && (Guid)workspaceId.CurrentValue! == Guid.Empty)
        {
            workspaceId.CurrentValue = CurrentWorkspaceId;
        }

        var original = entry.State == EntityState.Added ? workspaceId.CurrentValue : workspaceId.OriginalValue;
        if ((Guid)original! != CurrentWorkspaceId || (Guid)workspaceId.CurrentValue! != CurrentWorkspaceId)
        {
            throw new TenantIsolationException(
                $"{entry.Metadata.ClrType.Name} belongs to another workspace and cannot be written here.");
        }
    }

    private static void StampAudit(EntityEntry entry, DateTime now)
    {
        if (entry.Entity is not IAuditable)
        {
            return;
        }

        var created = entry.Property(nameof(IAuditable.CreatedAt));
        var updated = entry.Property(nameof(IAuditable.UpdatedAt));
        if (entry.State == EntityState.Added)
        {
            // Seeded history keeps its own dates; new rows made by users get "now".
            if ((DateTime)created.CurrentValue! == default)
            {
                created.CurrentValue = now;
            }

            if ((DateTime)updated.CurrentValue! == default)
            {
                updated.CurrentValue = created.CurrentValue;
            }
        }
        else if (entry.State == EntityState.Modified)
        {
            updated.CurrentValue = now;
        }
    }

    private async Task PrepareAndCheckChangesAsync(CancellationToken cancellationToken)
    {
        var targeted = PrepareChanges();
        if (targeted.Count > 0)
        {
            EnsureVisible(targeted, await VisibleCircles(targeted).ToListAsync(cancellationToken));
        }
    }

    private IQueryable<Guid> VisibleCircles(HashSet<Guid> circleIds) =>
        Circles.Where(c => circleIds.Contains(c.Id)).Select(c => c.Id);

    private static void EnsureVisible(HashSet<Guid> targeted, List<Guid> visible)
    {
        if (!targeted.SetEquals(visible))
        {
            throw new TenantIsolationException("The change targets a circle that is not visible to this user.");
        }
    }
}
