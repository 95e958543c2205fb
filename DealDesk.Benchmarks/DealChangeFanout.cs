using System.Diagnostics;
using System.Security.Claims;
using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Data.Circles;
using DealDesk.Data.Deals;
using DealDesk.Data.Identity;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Web.Components.Pages.Deals;
using DealDesk.Web.Feeds;
using DealDesk.Tests.Support;
using DealDesk.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Benchmarks;

/// <summary>One drag with 100 deal tables open (issue 14, point 1). Each table is the page's real subscription and
/// query path without the renderer: a <see cref="ChangeViewer"/> with the user's real circles, a
/// <see cref="LiveDealTable"/> deciding and coalescing, and the user's <see cref="DealQueries"/> reading the page;
/// the drag is <see cref="IDealService.MoveAsync"/> of a rep. The old behaviour is measured in the same run: every
/// table reloading on every change of the workspace, and the move followed by its separate rescore announcement.
/// Reported: CPU-seconds of the process from the drop until the last reload ended, and that wall time.</summary>
/// <remarks>Run with <c>-- --fanout</c>, not through BenchmarkDotNet: what is measured is one burst across 100
/// subscribers, and its end is the last reload, which only the subscribers can tell.</remarks>
internal static class DealChangeFanout
{
    private const int Tables = 100;
    private const int Rounds = 3;

    private static readonly string[] Emails =
    [
        "rep@dealdesk.demo", "admin@dealdesk.demo", "jordan.kim@dealdesk.demo", "casey.nguyen@dealdesk.demo",
        "taylor.brooks@dealdesk.demo", "jamie.ortiz@dealdesk.demo", "moderator@dealdesk.demo",
    ];

    public static async Task RunAsync()
    {
        var database = await BenchmarkDatabase.OpenAsync(100_000);
        var rep = await database.ScopeOfUserAsync("rep@dealdesk.demo");
        var stages = await StagesAsync(database, rep);
        var scopes = new List<TenantScope>();
        foreach (var email in Emails)
        {
            scopes.Add(await database.ScopeOfUserAsync(email));
        }

        Console.WriteLine($"// {Tables} deal tables of {Emails.Length} users over 10 views; {Environment.ProcessorCount} cores");
        var results = new List<(string Mode, Outcome Outcome)>();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var old in new[] { true, false })
            {
                var outcome = await MeasureAsync(database, rep, scopes, stages, old, round);
                results.Add((old ? "old" : "new", outcome));
                Console.WriteLine($"{(old ? "old" : "new")} round {round + 1}: {outcome}");
            }
        }

        foreach (var mode in new[] { "old", "new" })
        {
            var runs = results.Where(r => r.Mode == mode).Select(r => r.Outcome).ToList();
            Console.WriteLine($"{mode} median: CPU {Median(runs, o => o.CpuSeconds):F2} s, last reload "
                + $"{Median(runs, o => o.LastReload.TotalSeconds):F2} s, reloads {Median(runs, o => o.Reloads):F0}, "
                + $"tables reloaded {Median(runs, o => o.TablesReloaded):F0}");
        }
    }

    /// <summary>What one drag cost.</summary>
    private sealed record Outcome(double CpuSeconds, TimeSpan LastReload, int Reloads, int TablesReloaded)
    {
        public override string ToString() =>
            $"CPU {CpuSeconds:F2} s, last reload after {LastReload.TotalSeconds:F2} s, {Reloads} reloads of {TablesReloaded} tables";
    }

    private static async Task<Outcome> MeasureAsync(DealDeskDatabase database, TenantScope rep, List<TenantScope> scopes,
        Stages stages, bool old, int round)
    {
        var feed = new InProcessDealChangeFeed(NullLogger<InProcessDealChangeFeed>.Instance);
        var tables = new List<Table>();
        for (var i = 0; i < Tables; i++)
        {
            var scope = scopes[i % scopes.Count];
            var view = i / scopes.Count % 10;
            tables.Add(await Table.OpenAsync(database, feed, scope, View(view, scope, stages), old, $"v{view}/{Emails[i % scopes.Count].Split('@')[0]}"));
        }

        // A deal of the rep's, a thousand rows down the default order, moved on from Qualified.
        var (dealId, version) = await DealToMoveAsync(database, rep, stages, round * 2 + (old ? 0 : 1));
        var mover = DealService(database, rep, feed);
        var stopwatch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var started = DateTime.UtcNow;

        var moved = await mover.MoveAsync(dealId, stages.Proposal, lostReason: null, version);
        if (!moved.Succeeded)
        {
            throw new InvalidOperationException(moved.Message);
        }

        if (old)
        {
            // The health refresher's separate announcement of the new score, which every table also reloaded for.
            feed.Publish(new DealChange(rep.WorkspaceId, dealId, DealChangeKind.Rescored, null, stages.Proposal, null));
        }

        // Quiet for longer than a coalescing window: no reload running and none started since.
        while (tables.Any(t => t.Busy) || DateTime.UtcNow - tables.Max(t => t.LastStart ?? started) < TimeSpan.FromSeconds(1))
        {
            await Task.Delay(50);
        }

        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var last = tables.Max(t => t.LastEnd ?? started) - started;
        stopwatch.Stop();
        foreach (var table in tables)
        {
            table.Dispose();
        }

        if (!old)
        {
            Console.WriteLine("   reloaded (view/user): " + string.Join(" ", tables.Where(t => t.Reloads > 0).Select(t => t.Name).Order()));
        }

        Console.WriteLine($"   load average: {File.ReadAllText("/proc/loadavg").Trim()}");

        // The idle wait at the end costs no CPU worth counting; the last reload's end is the time that matters.
        return new Outcome(cpuSeconds, last, tables.Sum(t => t.Reloads), tables.Count(t => t.Reloads > 0));
    }

    private static DealSearch View(int index, TenantScope scope, Stages stages) => index switch
    {
        0 => new DealSearch(),
        1 => new DealSearch { Page = 3 },
        2 => new DealSearch { SortBy = DealSortField.Value },
        3 => new DealSearch { StageIds = [stages.Proposal] },
        4 => new DealSearch { StageIds = [stages.Negotiation], SortBy = DealSortField.Value },
        5 => new DealSearch { Priorities = [DealPriority.High], SortBy = DealSortField.ExpectedClose, Descending = false },
        6 => new DealSearch { HealthBands = [HealthBand.Critical], SortBy = DealSortField.Health, Descending = false },
        7 => new DealSearch { OwnerIds = [scope.UserId!.Value] },
        8 => new DealSearch { Text = "platform", SortBy = DealSortField.Name, Descending = false },
        _ => new DealSearch { SortBy = DealSortField.Value, Page = 40 },
    };

    private sealed record Stages(Guid Qualified, Guid Proposal, Guid Negotiation);

    private static async Task<Stages> StagesAsync(DealDeskDatabase database, TenantScope scope)
    {
        await using var db = database.CreateContext(scope);
        var byName = await db.PipelineStages.ToDictionaryAsync(s => s.Name, s => s.Id);
        return new Stages(byName["Qualified"], byName["Proposal"], byName["Negotiation"]);
    }

    private static async Task<(Guid DealId, byte[] Version)> DealToMoveAsync(DealDeskDatabase database, TenantScope rep,
        Stages stages, int nth)
    {
        await using var db = database.CreateContext(rep);
        var deal = await db.Deals.Where(d => d.StageId == stages.Qualified && d.OwnerId != rep.UserId)
            .OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id)
            .Skip(1000 + nth).Select(d => new { d.Id, d.Version }).FirstAsync();
        return (deal.Id, deal.Version);
    }

    private static DealService DealService(DealDeskDatabase database, TenantScope scope, IDealChangeFeed feed)
    {
        var contexts = new FixedScopeContextFactory(database, scope);
        var user = CurrentUserOf(scope);
        return new DealService(contexts, user, TimeProvider.System, feed, NullLogger<DealService>.Instance,
            new InProcessNotificationFeed(NullLogger<InProcessNotificationFeed>.Instance),
            new CircleAccess(contexts, user, NullLogger<CircleAccess>.Instance));
    }

    private static CurrentUser CurrentUserOf(TenantScope scope)
    {
        var user = new CurrentUser();
        user.Set(new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, scope.UserId!.Value.ToString()),
                new Claim(DealDeskClaims.WorkspaceId, scope.WorkspaceId.ToString()),
                new Claim(DealDeskClaims.IsWorkspaceAdmin, scope.SeesAllCircles ? "true" : "false"),
            ], "Benchmark")));
        return user;
    }

    private static double Median<T>(List<T> runs, Func<T, double> value)
    {
        var sorted = runs.Select(value).Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>One open deal table: its view, its query, and its subscription, new or old.</summary>
    private sealed class Table : IDisposable
    {
        private readonly DealQueries _queries;
        private readonly DealSearch _view;
        private IDisposable? _following;
        private LiveDealTable? _live;
        private int _busy;
        private int _reloads;
        private long _lastStart;
        private long _lastEnd;

        private Table(DealQueries queries, DealSearch view, string name)
        {
            _queries = queries;
            _view = view;
            Name = name;
        }

        public string Name { get; }

        public bool Busy => Volatile.Read(ref _busy) > 0;

        public int Reloads => Volatile.Read(ref _reloads);

        public DateTime? LastStart => Interlocked.Read(ref _lastStart) is var t and > 0 ? new DateTime(t, DateTimeKind.Utc) : null;

        public DateTime? LastEnd => Interlocked.Read(ref _lastEnd) is var t and > 0 ? new DateTime(t, DateTimeKind.Utc) : null;

        public static async Task<Table> OpenAsync(DealDeskDatabase database, IDealChangeFeed feed, TenantScope scope,
            DealSearch view, bool old, string name)
        {
            var contexts = new FixedScopeContextFactory(database, scope);
            var table = new Table(new DealQueries(contexts), view, name);
            var user = CurrentUserOf(scope);
            if (old)
            {
                // As the page followed the feed before: every change of the workspace, at once, each one.
                table._following = feed.Subscribe(scope.WorkspaceId, _ => table.ReloadAsync());
            }
            else
            {
                var viewer = new ChangeViewer(feed, user, new CircleAccess(contexts, user, NullLogger<CircleAccess>.Instance),
                    TimeProvider.System, NullLogger<ChangeViewer>.Instance);
                table._live = new LiveDealTable(viewer, reload => reload(), table.ReloadAsync);
            }

            await table.LoadAsync();
            table._reloads = 0;
            return table;
        }

        private async Task ReloadAsync()
        {
            Interlocked.Increment(ref _busy);
            Interlocked.Exchange(ref _lastStart, DateTime.UtcNow.Ticks);
            try
            {
                await LoadAsync();
                Interlocked.Increment(ref _reloads);
                Interlocked.Exchange(ref _lastEnd, DateTime.UtcNow.Ticks);
            }
            finally
            {
                Interlocked.Decrement(ref _busy);
            }
        }

        // What the page's grid load does: the page of the view, then the page on screen recorded for the next change.
        private async Task LoadAsync()
        {
            var page = await _queries.SearchAsync(_view);
            _live?.Shows(_view, page.Rows);
        }

        public void Dispose()
        {
            _following?.Dispose();
            _live?.Dispose();
        }
    }
}
