using DealDesk.Tests.Support;
using BenchmarkDotNet.Attributes;
using DealDesk.Core.Dashboard;
using DealDesk.Core.Pipeline;
using DealDesk.Data;
using DealDesk.Data.Dashboard;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.Data.Sqlite;

namespace DealDesk.Benchmarks;

/// <summary>The landing page's figures over 100,000 deals, as the workspace admin (every circle) and as a rep (two
/// circles): <see cref="DashboardService"/> (EF Core, a context per call, tenant and circle filters applied centrally)
/// against the same figures from hand-written SQL, one statement each, on one connection. Both read from the
/// dashboard's partial covering indexes (open deals by stage, won and lost by date).</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class DashboardBenchmark
{
    private const string RawWorkspace = "SELECT w.Name, w.Currency FROM workspaces AS w WHERE w.Id = $workspace";

    private const string RawOpenByStage = """
        SELECT d.StageId, COUNT(*), SUM(d.Value), SUM(d.Value * d.Probability)
        FROM deals AS d
        WHERE d.WorkspaceId = $workspace AND d.WonAt IS NULL AND d.LostAt IS NULL AND d.CircleId IN (VISIBLE)
        GROUP BY d.StageId
        """;

    private const string RawOpenStages = """
        SELECT s.Id, s.Name, s."Order", s.Kind FROM pipeline_stages AS s
        WHERE s.WorkspaceId = $workspace AND s.ArchivedAt IS NULL AND s.Kind = 0
        ORDER BY s."Order"
        """;

    private const string RawWon = """
        SELECT COUNT(*), COALESCE(SUM(d.Value), 0) FROM deals AS d
        WHERE d.WorkspaceId = $workspace AND d.WonAt >= $wonSince AND d.CircleId IN (VISIBLE)
        """;

    private const string RawWonInWindow = """
        SELECT d.CreatedAt, d.WonAt FROM deals AS d
        WHERE d.WorkspaceId = $workspace AND d.WonAt >= $closedSince AND d.CircleId IN (VISIBLE)
        """;

    private const string RawLostInWindow = """
        SELECT COUNT(*) FROM deals AS d
        WHERE d.WorkspaceId = $workspace AND d.LostAt >= $closedSince AND d.CircleId IN (VISIBLE)
        """;

    private const string RawKpis = "SELECT COUNT(*) FROM kpis AS k WHERE k.WorkspaceId = $workspace AND k.CircleId IN (VISIBLE)";

    private const string RawCircles = "SELECT COUNT(*) FROM circles AS c WHERE c.Id IN (VISIBLE)";

    private DealDeskDatabase _database = null!;
    private TenantScope _scope = null!;
    private DashboardService _service = null!;
    private string _visible = "";

    /// <summary>Deals in the workspace.</summary>
    [Params(100_000)]
    public int Deals { get; set; }

    /// <summary>Whose dashboard: "admin" (every circle of the workspace) or "rep" (the rep's two circles).</summary>
    [Params("admin", "rep")]
    public string Scope { get; set; } = "admin";

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _database = await BenchmarkDatabase.OpenAsync(Deals);
        _scope = await _database.ScopeOfUserAsync(Scope == "admin" ? "admin@dealdesk.demo" : "rep@dealdesk.demo");
        _service = new DashboardService(new FixedScopeContextFactory(_database, _scope), TimeProvider.System);
        _visible = _scope.SeesAllCircles
            ? "SELECT c.Id FROM circles AS c WHERE c.WorkspaceId = $workspace"
            : "SELECT m.CircleId FROM circle_memberships AS m WHERE m.WorkspaceId = $workspace AND m.UserId = $user";

        // A benchmark of two queries that answer differently would measure nothing: check they agree.
        var viaService = await ServiceAsync();
        var viaSql = await RawSqlAsync();
        if (viaService.OpenDealCount == 0 || !Same(viaService, viaSql))
        {
            throw new InvalidOperationException("The service and the raw SQL give different figures.");
        }

        Console.WriteLine($"// {Scope}: {viaService.OpenDealCount:N0} open deals, {viaService.WonLast90DaysCount:N0} won "
            + $"and {viaService.LostLast90DaysCount:N0} lost in 90 days");
    }

    [Benchmark(Baseline = true, Description = "Raw SQL (seven statements)")]
    public async Task<DashboardSummary> RawSqlAsync()
    {
        var now = DateTime.UtcNow;
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();

        string name;
        string currency;
        await using (var reader = await ReaderAsync(connection, RawWorkspace))
        {
            await reader.ReadAsync();
            name = reader.GetString(0);
            currency = reader.GetString(1);
        }

        var open = new Dictionary<Guid, (int Count, long Value, long ValueTimesProbability)>();
        await using (var reader = await ReaderAsync(connection, RawOpenByStage))
        {
            while (await reader.ReadAsync())
            {
                open[reader.GetGuid(0)] = (reader.GetInt32(1), reader.GetInt64(2), reader.GetInt64(3));
            }
        }

        var stages = new List<StageSummary>();
        await using (var reader = await ReaderAsync(connection, RawOpenStages))
        {
            while (await reader.ReadAsync())
            {
                var id = reader.GetGuid(0);
                var (count, value, weighted) = open.GetValueOrDefault(id);
                // Money is stored in hundredths (ADR 0002): value × probability is in hundredths of a percent-unit.
                stages.Add(new StageSummary(id, reader.GetString(1), reader.GetInt32(2), (StageKind)reader.GetInt32(3),
                    count, value / 100m, Math.Round(weighted / 100m / 100m, 2, MidpointRounding.AwayFromZero)));
            }
        }

        int wonCount;
        decimal wonValue;
        await using (var reader = await ReaderAsync(connection, RawWon, ("$wonSince", now.AddDays(-PipelineMath.WonWindowDays))))
        {
            await reader.ReadAsync();
            wonCount = reader.GetInt32(0);
            wonValue = reader.GetInt64(1) / 100m;
        }

        var closedSince = now.AddDays(-PipelineMath.ClosedWindowDays);
        var wonInWindow = new List<(DateTime, DateTime)>();
        await using (var reader = await ReaderAsync(connection, RawWonInWindow, ("$closedSince", closedSince)))
        {
            while (await reader.ReadAsync())
            {
                wonInWindow.Add((reader.GetDateTime(0), reader.GetDateTime(1)));
            }
        }

        var lost = await CountAsync(connection, RawLostInWindow, ("$closedSince", closedSince));
        return new DashboardSummary(name, currency, stages, wonCount, wonValue, wonInWindow.Count, lost,
            PipelineMath.AverageDaysToClose(wonInWindow), await CountAsync(connection, RawKpis),
            await CountAsync(connection, RawCircles));
    }

    [Benchmark(Description = "DashboardService.GetSummaryAsync (EF Core)")]
    public Task<DashboardSummary> ServiceAsync() => _service.GetSummaryAsync();

    private static bool Same(DashboardSummary a, DashboardSummary b) =>
        a.OpenStages.SequenceEqual(b.OpenStages) && a with { OpenStages = [] } == b with { OpenStages = [] };

    private async Task<int> CountAsync(SqliteConnection connection, string sql, params (string, object)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }

    private async Task<SqliteDataReader> ReaderAsync(SqliteConnection connection, string sql,
        params (string, object)[] parameters)
    {
        var command = Command(connection, sql, parameters);
        return await command.ExecuteReaderAsync(System.Data.CommandBehavior.Default);
    }

    private SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql.Replace("VISIBLE", _visible, StringComparison.Ordinal);
        command.Parameters.AddWithValue("$workspace", _scope.WorkspaceId.ToString().ToUpperInvariant());
        if (!_scope.SeesAllCircles)
        {
            command.Parameters.AddWithValue("$user", _scope.UserId!.Value.ToString().ToUpperInvariant());
        }

        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
