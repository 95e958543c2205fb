using DealDesk.Tests.Support;
using BenchmarkDotNet.Attributes;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Data;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Pipeline;
using Microsoft.Data.Sqlite;

namespace DealDesk.Benchmarks;

/// <summary>The Kanban board as a rep (two of three circles) and as an admin (every deal of the workspace, no circle
/// restriction) open it over 100,000 deals: every column's totals (count, value, weighted value) and its first 25 cards.
/// The service (EF Core, tenant and circle filters applied centrally) against the same statements in hand-written SQL.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class PipelineBoardBenchmark
{
    private const int PageSize = BoardFilter.DefaultPageSize;

    private const string VisibleToMember = """
        d.WorkspaceId = $workspace
          AND d.CircleId IN (SELECT m.CircleId FROM circle_memberships AS m WHERE m.WorkspaceId = $workspace AND m.UserId = $user)
        """;

    // An admin sees every deal of the workspace: no circle test at all.
    private const string VisibleToAdmin = "d.WorkspaceId = $workspace";

    private const string StagesSql = """
        SELECT s.Id, s.Name, s.Kind, s."Order", s.DefaultProbability, s.RottingDays
        FROM pipeline_stages AS s WHERE s.WorkspaceId = $workspace ORDER BY s."Order", s.Id
        """;

    private const string CardsSql = """
        SELECT d.Id, d.StageId, d.Name, a.Name, d.Value, d.Currency, u.DisplayName, d.Priority, d.StageEnteredAt, d.Version
        FROM deals AS d
        JOIN accounts AS a ON a.Id = d.AccountId
        LEFT JOIN AspNetUsers AS u ON u.Id = d.OwnerId
        WHERE d.StageId = $stage AND
        """;

    private string _totalsSql = "";
    private string _cardsSql = "";

    private DealDeskDatabase _database = null!;
    private TenantScope _scope = null!;
    private PipelineBoardQueries _service = null!;

    /// <summary>Deals in the workspace.</summary>
    [Params(100_000)]
    public int Deals { get; set; }

    /// <summary>"rep": rep@dealdesk.demo, two of Acme's three circles; "admin": admin@dealdesk.demo, every deal.</summary>
    [Params("rep", "admin")]
    public string Scope { get; set; } = "rep";

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _database = await BenchmarkDatabase.OpenAsync(Deals);
        _scope = await _database.ScopeOfUserAsync(Scope == "admin" ? "admin@dealdesk.demo" : "rep@dealdesk.demo");
        var visible = Scope == "admin" ? VisibleToAdmin : VisibleToMember;
        _totalsSql = "SELECT d.StageId, COUNT(*), SUM(d.Value), SUM(d.Value * d.Probability)\n"
            + "FROM deals AS d WHERE " + visible + "\nGROUP BY d.StageId";
        _cardsSql = CardsSql + " " + visible + "\nORDER BY d.Value DESC, d.Id DESC LIMIT $take";
        _service = new PipelineBoardQueries(new FixedScopeContextFactory(_database, _scope));

        // A benchmark of two queries that answer differently would measure nothing: check they agree.
        var viaService = await ServiceAsync();
        var viaSql = await RawSqlAsync();
        var same = viaService.Count == viaSql.Count && viaService.Zip(viaSql).All(p =>
            p.First.DealCount == p.Second.DealCount && p.First.TotalValue == p.Second.TotalValue
            && p.First.WeightedValue == p.Second.WeightedValue
            && p.First.Cards.Select(c => c.Id).SequenceEqual(p.Second.Cards.Select(c => c.Id)));
        if (!same)
        {
            throw new InvalidOperationException("The service and the raw SQL return different boards.");
        }

        Console.WriteLine($"// {viaService.Sum(c => c.DealCount):N0} deals on the board, "
            + $"{viaService.Where(c => c.Stage.Kind == StageKind.Open).Sum(c => c.DealCount):N0} open");
    }

    [Benchmark(Baseline = true, Description = "Raw SQL (stages + totals + 25 cards per column)")]
    public async Task<IReadOnlyList<BoardColumn>> RawSqlAsync()
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        var stages = new List<StageOption>();
        await using (var command = Command(connection, StagesSql))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stages.Add(new StageOption(reader.GetGuid(0), reader.GetString(1), (StageKind)reader.GetInt32(2),
                    reader.GetInt32(3), reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetInt32(5)));
            }
        }

        var totals = new Dictionary<Guid, (int Count, long Value, long Weighted)>();
        await using (var command = Command(connection, _totalsSql))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                totals[reader.GetGuid(0)] = (reader.GetInt32(1), reader.GetInt64(2), reader.GetInt64(3));
            }
        }

        var columns = new List<BoardColumn>(stages.Count);
        await using var cards = Command(connection, _cardsSql);
        cards.Parameters.AddWithValue("$take", PageSize);
        var stageParameter = cards.Parameters.Add("$stage", SqliteType.Text);
        foreach (var stage in stages)
        {
            var (count, value, weighted) = totals.GetValueOrDefault(stage.Id);
            var page = new List<DealCard>();
            if (count > 0)
            {
                stageParameter.Value = stage.Id.ToString().ToUpperInvariant();
                await using var reader = await cards.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    page.Add(new DealCard(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3),
                        reader.GetInt64(4) / 100m, reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                        (DealPriority)reader.GetInt32(7), DateTime.SpecifyKind(reader.GetDateTime(8), DateTimeKind.Utc),
                        (byte[])reader.GetValue(9)));
                }
            }

            // Hundredths × probability: ÷ 100 for money, ÷ 100 for the percentage.
            columns.Add(new BoardColumn(stage, count, value / 100m,
                Math.Round(weighted / 10_000m, 2, MidpointRounding.AwayFromZero), page));
        }

        return columns;
    }

    [Benchmark(Description = "PipelineBoardQueries.GetBoardAsync (EF Core)")]
    public Task<IReadOnlyList<BoardColumn>> ServiceAsync() => _service.GetBoardAsync(new BoardFilter());

    private SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$workspace", _scope.WorkspaceId.ToString().ToUpperInvariant());
        if (_scope.UserId is { } user && sql.Contains("$user", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("$user", user.ToString().ToUpperInvariant());
        }

        return command;
    }
}
