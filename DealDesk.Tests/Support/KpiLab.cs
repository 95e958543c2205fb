using System.Collections.Concurrent;
using DealDesk.Core.Circles;
using DealDesk.Core.Kpis;
using DealDesk.Data;
using DealDesk.Data.Circles;
using DealDesk.Data.Identity;
using DealDesk.Data.Kpis;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DealDesk.Tests.Support;

/// <summary>A private SQLite database with the tiny demo data set and a clock the tests move, where each test makes
/// its own circle of Acme with one user per role (and one outside it), so KPIs and figures are the test's own.</summary>
public sealed class KpiLab : IAsyncLifetime
{
    private static readonly DemoSettings TinyDemo = new()
    {
        Seed = true, Accounts = 6, Deals = 20, Contacts = 4, Kpis = 5, KpiHistoryDays = 3,
    };

    private SqliteTestDatabase? _sqlite;

    /// <summary>Now, for the database stamps, the services and the snapshot job.</summary>
    public FixedClock Clock { get; } = new(new DateTime(2026, 6, 15, 9, 30, 0, DateTimeKind.Utc));

    public SqliteTestDatabase Sqlite => _sqlite ?? throw new InvalidOperationException("Not initialised.");

    public DealDeskDatabase Database => Sqlite.Database;

    /// <summary>What the circle access of every service made here logged as denied.</summary>
    public ConcurrentQueue<string> Denials { get; } = new();

    public async ValueTask InitializeAsync()
    {
        _sqlite = await SqliteTestDatabase.CreateAsync(Clock);
        await new DemoDataSeeder(_sqlite.Database, Options.Create(TinyDemo), Clock,
            NullLogger<DemoDataSeeder>.Instance).SeedIfEmptyAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqlite is not null)
        {
            await _sqlite.DisposeAsync();
        }
    }

    public Task<TenantScope> ScopeOfAsync(string email) => Database.ScopeOfUserAsync(email);

    /// <summary>The KPI service acting as <paramref name="scope"/>.</summary>
    public IKpiService Service(TenantScope scope)
    {
        var contexts = new FixedScopeContextFactory(Database, scope);
        var user = new TestCurrentUser(scope);
        return new KpiService(contexts, new CircleAccess(contexts, user, new DenialLogger(Denials)), user, Clock,
            NullLogger<KpiService>.Instance);
    }

    /// <summary>The snapshot job, on the lab's clock.</summary>
    public KpiSnapshotJob SnapshotJob() => new(Database, Clock, NullLogger<KpiSnapshotJob>.Instance);

    /// <summary>A new circle of Acme with a member, a moderator, an admin, and a user of Acme who is in no circle.</summary>
    public async Task<LabCircle> NewCircleAsync()
    {
        await using var lookup = Sqlite.For(TenantScope.None);
        var workspaceId = await lookup.Workspaces.IgnoreQueryFilters().Where(w => w.Name == "Acme Sales")
            .Select(w => w.Id).SingleAsync();
        await using var db = Sqlite.For(TenantScope.System(workspaceId));
        var circle = new Circle("KPI lab " + Guid.NewGuid().ToString("N")[..8]);
        db.Circles.Add(circle);
        var scopes = new Dictionary<string, TenantScope>();
        foreach (var (label, role) in new (string, CircleRole?)[]
                 {
                     ("member", CircleRole.Member), ("moderator", CircleRole.Moderator), ("admin", CircleRole.Admin),
                     ("outsider", null),
                 })
        {
            var user = new ApplicationUser
            {
                Id = Guid.CreateVersion7(), WorkspaceId = workspaceId, DisplayName = $"Lab {label}",
                UserName = $"{Guid.NewGuid():N}@lab.test", Email = $"{Guid.NewGuid():N}@lab.test",
            };
            db.Users.Add(user);
            if (role is { } held)
            {
                db.CircleMemberships.Add(new CircleMembership(circle.Id, user.Id, held));
            }

            scopes[label] = TenantScope.ForUser(workspaceId, user.Id, isWorkspaceAdmin: false);
        }

        await db.SaveChangesAsync();
        return new LabCircle(this, circle.Id, workspaceId, scopes);
    }

    private sealed class DenialLogger(ConcurrentQueue<string> denials) : ILogger<CircleAccess>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning)
            {
                denials.Enqueue(formatter(state, exception));
            }
        }
    }
}

/// <summary>A circle made by <see cref="KpiLab.NewCircleAsync"/>.</summary>
public sealed class LabCircle(KpiLab lab, Guid id, Guid workspaceId, IReadOnlyDictionary<string, TenantScope> scopes)
{
    public Guid Id { get; } = id;

    public Guid WorkspaceId { get; } = workspaceId;

    /// <summary>"member", "moderator", "admin" or "outsider".</summary>
    public TenantScope Scope(string role) => scopes[role];

    public IKpiService Service(string role) => lab.Service(scopes[role]);

    /// <summary>Creates a KPI as the circle's moderator; its id.</summary>
    public async Task<Guid> AddKpiAsync(string name, decimal value, decimal target, KpiUnit unit = KpiUnit.None)
    {
        var created = await Service("moderator").CreateAsync(Id,
            new KpiDraft { Name = name, Value = value, Target = target, Unit = unit });
        Assert.True(created.Succeeded, created.Message);
        return created.Value;
    }

    /// <summary>The KPI as the member sees it.</summary>
    public async Task<KpiCard> CardAsync(Guid kpiId)
    {
        var card = await Service("member").GetAsync(kpiId);
        Assert.True(card.Succeeded, card.Message);
        return card.Value!;
    }

    /// <summary>Every history row of the KPI, read as the system, oldest first.</summary>
    public async Task<List<KpiHistory>> HistoryRowsAsync(Guid kpiId)
    {
        await using var db = lab.Sqlite.For(TenantScope.System(WorkspaceId));
        return (await db.KpiHistory.Where(h => h.KpiId == kpiId).ToListAsync())
            .OrderBy(h => h.RecordedAt).ThenBy(h => h.Id).ToList();
    }
}
