using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Notes;
using DealDesk.Core.Deals.Tasks;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Core.Notifications;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Deals;
using DealDesk.Data.Deals.Notes;
using DealDesk.Data.Deals.Tasks;
using DealDesk.Data.Deals.Timeline;
using DealDesk.Data.Notifications;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Support;

/// <summary>A private demo database (both workspaces, every demo user) for tests that write around deals. Each test
/// creates its own deal with <see cref="Act.NewDealAsync"/>, so tests sharing it never see each other's entries.</summary>
public sealed class DealWorkbench : IAsyncLifetime
{
    private SqliteTestDatabase? _database;

    public SqliteTestDatabase Sqlite => _database ?? throw new InvalidOperationException("Not initialised.");

    public FixedClock Clock { get; } = new(DateTime.UtcNow.AddMinutes(1));

    public RecordingNotificationFeed Notified { get; } = new();

    public async ValueTask InitializeAsync() => _database = await FreshDemoDatabase.CreateAsync();

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>The services as the demo user <paramref name="email"/> uses them.</summary>
    public async Task<Act> AsAsync(string email)
    {
        var scope = await Sqlite.Database.ScopeOfUserAsync(email);
        return new Act(this, scope);
    }

    /// <summary>The stored version of row <paramref name="id"/>, whoever may see it: what a screen loaded now would
    /// carry with a write.</summary>
    public async Task<byte[]> VersionOfAsync<T>(Guid id)
        where T : Entity, IConcurrencyVersioned
    {
        await using var db = Sqlite.For(TenantScope.None);
        return await db.Set<T>().IgnoreQueryFilters().Where(e => e.Id == id).Select(e => e.Version).SingleAsync();
    }

    /// <summary>Everything one user does, with the changes their writes announce.</summary>
    public sealed class Act(DealWorkbench bench, TenantScope scope)
    {
        private FixedScopeContextFactory Contexts => new(bench.Sqlite.Database, Scope);

        public TenantScope Scope { get; } = scope;

        public Guid UserId => Scope.UserId!.Value;

        public RecordingChangeFeed Feed { get; } = new();

        public IDealService Deals => new DealService(Contexts, new TestCurrentUser(Scope), bench.Clock, Feed,
            NullLogger<DealService>.Instance, bench.Notified, TestCircleAccess.For(Contexts, Scope));

        public IDealTaskService Tasks => new DealTaskService(Contexts, new TestCurrentUser(Scope), bench.Clock, Feed, bench.Notified,
            NullLogger<DealTaskService>.Instance);

        public IDealNoteService Notes => new DealNoteService(Contexts, new TestCurrentUser(Scope), bench.Clock, Feed,
            NullLogger<DealNoteService>.Instance);

        public IDealQueries Queries => new DealQueries(Contexts);

        public IPipelineBoardQueries Board => new PipelineBoardQueries(Contexts);

        public ITimelineQueries Timeline => new TimelineQueries(Contexts);

        public INotificationService Notifications => new NotificationService(Contexts, new TestCurrentUser(Scope), bench.Clock, bench.Notified);

        /// <summary>A draft for a new deal in <paramref name="circleName"/>, in the first open stage.</summary>
        public async Task<DealDraft> DraftAsync(string circleName = "Growth Team")
        {
            await using var db = bench.Sqlite.For(Scope);
            return new DealDraft
            {
                Name = "Workbench deal " + Guid.NewGuid().ToString("N")[..6],
                AccountId = await db.Accounts.OrderBy(a => a.Name).Select(a => a.Id).FirstAsync(),
                CircleId = await db.Circles.Where(c => c.Name == circleName).Select(c => c.Id).SingleAsync(),
                StageId = await db.PipelineStages.Where(s => s.Kind == StageKind.Open).OrderBy(s => s.Order)
                    .Select(s => s.Id).FirstAsync(),
                OwnerId = UserId,
                Value = 25_000m,
                Currency = "USD",
                ExpectedCloseDate = new DateOnly(2027, 3, 15),
            };
        }

        /// <summary>Creates a deal in <paramref name="circleName"/> and returns its id.</summary>
        public async Task<Guid> NewDealAsync(string circleName = "Growth Team")
        {
            var result = await Deals.CreateAsync(await DraftAsync(circleName));
            Assert.True(result.Succeeded, string.Join("; ", result.AllMessages()));
            return result.Value;
        }

        /// <summary>Moves the deal as a card showing it now would: with its current version.</summary>
        public async Task<Result> MoveDealAsync(Guid dealId, Guid stageId, string? lostReason = null) =>
            await Deals.MoveAsync(dealId, stageId, lostReason, await bench.VersionOfAsync<Deal>(dealId));

        /// <summary>Ticks the task as its current list would: with its current version.</summary>
        public async Task<Result> CompleteTaskAsync(Guid taskId) =>
            await Tasks.CompleteAsync(taskId, await bench.VersionOfAsync<DealTask>(taskId));

        /// <summary>Unticks the task as its current list would: with its current version.</summary>
        public async Task<Result> ReopenTaskAsync(Guid taskId) =>
            await Tasks.ReopenAsync(taskId, await bench.VersionOfAsync<DealTask>(taskId));

        /// <summary>Id of the demo user <paramref name="email"/>.</summary>
        public async Task<Guid> UserIdOfAsync(string email)
        {
            await using var db = bench.Sqlite.For(TenantScope.None);
            return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        }
    }
}

/// <summary>A notification feed that keeps whose notifications were announced.</summary>
public sealed class RecordingNotificationFeed : INotificationFeed
{
    private readonly List<Guid> _published = [];

    public IReadOnlyList<Guid> Published
    {
        get
        {
            lock (_published)
            {
                return [.. _published];
            }
        }
    }

    public void Publish(Guid userId)
    {
        lock (_published)
        {
            _published.Add(userId);
        }
    }

    public IDisposable Subscribe(Guid userId, Func<Task> onChange) =>
        throw new NotSupportedException("Services publish; the bell subscribes.");
}
