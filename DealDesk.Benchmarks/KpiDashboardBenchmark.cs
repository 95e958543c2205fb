using DealDesk.Tests.Support;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DealDesk.Core.Common;
using DealDesk.Core.Kpis;
using DealDesk.Data;
using DealDesk.Data.Circles;
using DealDesk.Data.Kpis;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DealDesk.Benchmarks;

/// <summary>The KPI dashboard of a circle with 100 KPIs, each with a year of daily history, as
/// <c>rep@dealdesk.demo</c> (a member) sees it: (a) the cards of the circle, by name; (b) one KPI's year of history,
/// oldest first. Each through <see cref="KpiService"/> (a context per call, the role checked in the database first,
/// tenant and circle filters applied centrally) against the same answer in hand-written SQL, membership check
/// included, on a new pooled connection.</summary>
/// <remarks>Runs on a file of its own (the demo data with 300 KPIs in Acme's three circles, 365 days each), seeded
/// once and kept under the temp folder like <see cref="BenchmarkDatabase"/>'s.</remarks>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class KpiDashboardBenchmark
{
    /// <summary>Goes up whenever the KPI data this benchmark seeds changes.</summary>
    public const int KpiDataVersion = 1;

    private const int KpisPerCircle = 100;
    private const int HistoryDays = 365;
    private const string Circle = "Enterprise Team";

    private const string RawCards = """
        SELECT k.Id, k.CircleId, k.Name, k.CurrentValue, k.Target, k.Unit, k.PercentComplete, k.Trend, k.PercentChange,
               k.Version, k.UpdatedAt
        FROM kpis AS k
        WHERE k.WorkspaceId = $workspace AND k.CircleId = $circle
          AND EXISTS (SELECT 1 FROM circle_memberships AS m
                      WHERE m.WorkspaceId = $workspace AND m.UserId = $user AND m.CircleId = $circle)
        ORDER BY upper(k.Name), k.Id
        """;

    private const string RawHistory = """
        SELECT h.RecordedAt, h.Value, h.Target, h.PercentComplete, h.Kind
        FROM kpi_history AS h
        WHERE h.WorkspaceId = $workspace AND h.KpiId = $kpi AND h.RecordedAt >= $since
          AND EXISTS (SELECT 1 FROM kpis AS k
                      JOIN circle_memberships AS m ON m.CircleId = k.CircleId AND m.WorkspaceId = $workspace
                      WHERE k.Id = $kpi AND k.WorkspaceId = $workspace AND m.UserId = $user)
        ORDER BY h.RecordedAt DESC, h.Id DESC
        LIMIT $limit
        """;

    private DealDeskDatabase _database = null!;
    private TenantScope _scope = null!;
    private KpiService _service = null!;
    private Guid _circleId;
    private Guid _kpiId;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _database = await OpenAsync();
        _scope = await _database.ScopeOfUserAsync("rep@dealdesk.demo");
        var contexts = new FixedScopeContextFactory(_database, _scope);
        var user = new BenchmarkUser(_scope);
        _service = new KpiService(contexts, new CircleAccess(contexts, user, NullLogger<CircleAccess>.Instance), user,
            TimeProvider.System, NullLogger<KpiService>.Instance);
        await using (var db = _database.CreateContext(_scope))
        {
            _circleId = await db.Circles.Where(c => c.Name == Circle).Select(c => c.Id).SingleAsync();
            _kpiId = await db.Kpis.Where(k => k.CircleId == _circleId).OrderBy(k => k.Id).Select(k => k.Id).FirstAsync();
        }

        // A benchmark of two queries that answer differently would measure nothing: check they agree.
        var cards = await DashboardServiceAsync();
        var rawCards = await DashboardRawAsync();
        if (cards.Count != KpisPerCircle || !cards.Select(c => (c.Id, c.Name, c.Value, c.PercentComplete, c.UpdatedAt))
                .SequenceEqual(rawCards.Select(c => (c.Id, c.Name, c.Value, c.PercentComplete, c.UpdatedAt))))
        {
            throw new InvalidOperationException("The service and the raw SQL list different KPIs.");
        }

        var history = await HistoryServiceAsync();
        var rawHistory = await HistoryRawAsync();
        if (history.Count < HistoryDays || !history.SequenceEqual(rawHistory))
        {
            throw new InvalidOperationException("The service and the raw SQL return different histories.");
        }

        Console.WriteLine($"// {cards.Count} KPIs in {Circle}; {history.Count} history entries of one KPI in a year");
    }

    [Benchmark(Baseline = true, Description = "Dashboard: raw SQL")]
    [BenchmarkCategory("Dashboard")]
    public async Task<IReadOnlyList<KpiCard>> DashboardRawAsync()
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = Command(connection, RawCards);
        command.Parameters.AddWithValue("$circle", Text(_circleId));
        var cards = new List<KpiCard>(KpisPerCircle);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            cards.Add(new KpiCard(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), Money(reader, 3),
                Money(reader, 4), (KpiUnit)reader.GetInt32(5), Money(reader, 6), (KpiTrend)reader.GetInt32(7),
                Money(reader, 8), (byte[])reader.GetValue(9), Utc(reader, 10)));
        }

        return cards;
    }

    [Benchmark(Description = "Dashboard: KpiService.ListAsync (EF Core)")]
    [BenchmarkCategory("Dashboard")]
    public async Task<IReadOnlyList<KpiCard>> DashboardServiceAsync() =>
        (await _service.ListAsync(_circleId, KpiOrder.Name)).Value!;

    [Benchmark(Baseline = true, Description = "Year of history: raw SQL")]
    [BenchmarkCategory("History")]
    public async Task<IReadOnlyList<KpiHistoryPoint>> HistoryRawAsync()
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = Command(connection, RawHistory);
        command.Parameters.AddWithValue("$kpi", Text(_kpiId));
        command.Parameters.AddWithValue("$since", DateTime.UtcNow.AddDays(-HistoryDays));
        command.Parameters.AddWithValue("$limit", KpiHistoryWindow.MaxLimit);
        var points = new List<KpiHistoryPoint>(HistoryDays + 1);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            points.Add(new KpiHistoryPoint(Utc(reader, 0), Money(reader, 1), Money(reader, 2), Money(reader, 3),
                (KpiHistoryKind)reader.GetInt32(4)));
        }

        points.Reverse();
        return points;
    }

    [Benchmark(Description = "Year of history: KpiService.HistoryAsync (EF Core)")]
    [BenchmarkCategory("History")]
    public async Task<IReadOnlyList<KpiHistoryPoint>> HistoryServiceAsync() =>
        (await _service.HistoryAsync(_kpiId, HistoryDays, KpiHistoryWindow.MaxLimit)).Value!;

    private static Task<DealDeskDatabase> OpenAsync() =>
        // The demo seeder deals Acme's KPIs round the three circles: 300 give each circle 100.
        BenchmarkDatabase.OpenAsync($"dealdesk-bench-kpis-v{BenchmarkDatabase.DataVersion}.{KpiDataVersion}.db",
            new DemoSettings
            {
                Seed = true, Accounts = 20, Deals = 200, Contacts = 40, Kpis = 3 * KpisPerCircle,
                KpiHistoryDays = HistoryDays,
            },
            $"{3 * KpisPerCircle} KPIs × {HistoryDays} days");

    private async Task<SqliteConnection> OpenConnectionAsync()
    {
        var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$workspace", Text(_scope.WorkspaceId));
        command.Parameters.AddWithValue("$user", Text(_scope.UserId!.Value));
        return command;
    }

    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    // SQLite keeps money and percentages as integer hundredths (HundredthsConverter).
    private static decimal Money(SqliteDataReader reader, int ordinal) => reader.GetInt64(ordinal) / 100m;

    private static DateTime Utc(SqliteDataReader reader, int ordinal) =>
        DateTime.SpecifyKind(DateTime.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture), DateTimeKind.Utc);

    private sealed class BenchmarkUser(TenantScope scope) : ICurrentUser
    {
        public Guid? UserId { get; } = scope.UserId;

        public Guid? WorkspaceId { get; } = scope.WorkspaceId;

        public bool IsWorkspaceAdmin { get; } = scope.SeesAllCircles;
    }
}
