using DealDesk.Tests.Support;
using BenchmarkDotNet.Attributes;
using DealDesk.Core.Deals;
using DealDesk.Data;
using DealDesk.Data.Deals;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.Data.Sqlite;

namespace DealDesk.Benchmarks;

/// <summary>Page 1 of the open pipeline sorted by value, for a rep in two of three circles, over 100,000 deals:
/// the service (EF Core, tenant and circle filters applied centrally) against the same query in hand-written SQL.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class OpenDealsByValueBenchmark
{
    private const int PageSize = 25;

    // The query the service sends, written by hand: same filters (workspace, the rep's circles, open deals),
    // same joins, same order and limit. Money is stored in hundredths on SQLite.
    private const string RawSql = """
        SELECT d.Id, d.Name, a.Name, s.Name, d.Value, d.Currency, u.DisplayName, d.ExpectedCloseDate
        FROM deals AS d
        JOIN accounts AS a ON a.Id = d.AccountId
        JOIN pipeline_stages AS s ON s.Id = d.StageId
        LEFT JOIN AspNetUsers AS u ON u.Id = d.OwnerId
        WHERE d.WorkspaceId = $workspace
          AND d.CircleId IN (SELECT m.CircleId FROM circle_memberships AS m
                             WHERE m.WorkspaceId = $workspace AND m.UserId = $user)
          AND d.WonAt IS NULL AND d.LostAt IS NULL
        ORDER BY d.Value DESC, d.Id DESC
        LIMIT $take
        """;

    // What EF Core sends for the service's query (captured from its log), run through plain ADO.NET: the gap
    // between this and the service is EF Core's own cost; between this and the baseline, the SQL's.
    private const string EfSql = """
        SELECT "d"."Id", "d"."Name", "a0"."Name", "p0"."Name", "d"."Value", "d"."Currency", "a1"."DisplayName", "d"."ExpectedCloseDate"
        FROM "deals" AS "d"
        INNER JOIN (SELECT "a"."Id", "a"."Name" FROM "accounts" AS "a" WHERE "a"."WorkspaceId" = $workspace) AS "a0"
            ON "d"."AccountId" = "a0"."Id"
        INNER JOIN (SELECT "p"."Id", "p"."Name" FROM "pipeline_stages" AS "p"
                    WHERE "p"."WorkspaceId" = $workspace AND "p"."ArchivedAt" IS NULL) AS "p0"
            ON "d"."StageId" = "p0"."Id"
        LEFT JOIN "AspNetUsers" AS "a1" ON "d"."OwnerId" = "a1"."Id"
        WHERE "d"."WorkspaceId" = $workspace AND "d"."CircleId" IN (
            SELECT "c"."Id" FROM "circles" AS "c"
            WHERE "c"."WorkspaceId" = $workspace AND (0 OR "c"."Id" IN (
                SELECT "c0"."CircleId" FROM "circle_memberships" AS "c0"
                WHERE "c0"."WorkspaceId" = $workspace AND "c0"."UserId" = $user)))
          AND "d"."WonAt" IS NULL AND "d"."LostAt" IS NULL
        ORDER BY "d"."Value" DESC, "d"."Id" DESC
        LIMIT $take
        """;

    private DealDeskDatabase _database = null!;
    private TenantScope _scope = null!;
    private DealQueries _service = null!;

    /// <summary>Deals in the workspace.</summary>
    [Params(100_000)]
    public int Deals { get; set; }

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _database = await BenchmarkDatabase.OpenAsync(Deals);
        _scope = await _database.ScopeOfUserAsync("rep@dealdesk.demo");
        _service = new DealQueries(new FixedScopeContextFactory(_database, _scope));

        // A benchmark of two queries that answer differently would measure nothing: check they agree.
        var viaService = (await ServiceAsync()).Select(d => d.Id).ToList();
        var viaSql = (await RawSqlAsync()).Select(d => d.Id).ToList();
        var viaEfSql = (await EfSqlAsync()).Select(d => d.Id).ToList();
        if (viaService.Count != PageSize || !viaService.SequenceEqual(viaSql) || !viaSql.SequenceEqual(viaEfSql))
        {
            throw new InvalidOperationException("The service and the raw SQL return different pages.");
        }
    }

    [Benchmark(Baseline = true, Description = "Raw SQL")]
    public Task<List<DealListItem>> RawSqlAsync() => ReadPageAsync(RawSql);

    [Benchmark(Description = "EF Core's SQL via ADO.NET")]
    public Task<List<DealListItem>> EfSqlAsync() => ReadPageAsync(EfSql);

    [Benchmark(Description = "DealQueries service (EF Core)")]
    public async Task<IReadOnlyList<DealListItem>> ServiceAsync() => await _service.GetLargestOpenDealsAsync(PageSize);

    private async Task<List<DealListItem>> ReadPageAsync(string sql)
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$workspace", _scope.WorkspaceId.ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$user", _scope.UserId!.Value.ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$take", PageSize);
        var page = new List<DealListItem>(PageSize);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            page.Add(new DealListItem(
                reader.GetGuid(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetInt64(4) / 100m,
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : DateOnly.Parse(reader.GetString(7))));
        }

        return page;
    }
}
