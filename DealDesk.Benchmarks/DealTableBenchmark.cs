using DealDesk.Tests.Support;
using BenchmarkDotNet.Attributes;
using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Core.Pipeline;
using DealDesk.Data;
using DealDesk.Data.Deals;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Benchmarks;

/// <summary>The deal table as a rep uses it over 100,000 deals, sorted by value, on the first, middle and last page: with a
/// search and two filters (stages and priority), with the search alone, and with no filter at all (every deal of the
/// rep's two circles).
/// Each is the service (EF Core, tenant and circle filters applied centrally, total count included) against the same
/// two statements (count, page) in hand-written SQL.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class DealTableBenchmark
{
    private const int PageSize = 25;
    private const string SearchText = "platform";

    private const string VisibleToUser = """
        WHERE d.WorkspaceId = $workspace
          AND d.CircleId IN (SELECT m.CircleId FROM circle_memberships AS m WHERE m.WorkspaceId = $workspace AND m.UserId = $user)
        """;

    // The search by hand, at its best: the deal index gives rowids of the deal table itself (the service goes through
    // the id, which EF Core maps), the account index the accounts whose name matches; LIKE on those rows only keeps the
    // exact answer of a plain LIKE scan (ADR 0010).
    private const string TextFilter = """

          AND ((d.rowid IN (SELECT rowid FROM deals_search WHERE deals_search MATCH $phrase) AND d.Name LIKE $pattern ESCAPE '\')
               OR d.AccountId IN (SELECT a.Id FROM accounts AS a
                   WHERE a.WorkspaceId = $workspace
                     AND a.rowid IN (SELECT rowid FROM accounts_search WHERE accounts_search MATCH $accountPhrase)
                     AND a.Name LIKE $pattern ESCAPE '\'))
        """;

    private const string StageAndPriority = """

          AND d.StageId IN ($stage1, $stage2)
          AND d.Priority = $priority
        """;

    private const string RawPage = """
        SELECT d.Id, d.Name, d.AccountId, a.Name, d.StageId, s.Name, s.Kind, s.RottingDays, d.Value, d.Currency,
               d.Probability, d.Priority, d.OwnerId, u.DisplayName, d.CircleId, c.Name, d.ExpectedCloseDate,
               d.StageEnteredAt, d.UpdatedAt, d.Version, d.HealthScore, d.HealthTrend,
               (SELECT t.Title FROM deal_tasks AS t
                WHERE t.WorkspaceId = $workspace AND t.DealId = d.Id AND t.CompletedAt IS NULL
                ORDER BY t.DueOn IS NULL, t.DueOn, t.CreatedAt, t.Id LIMIT 1),
               (SELECT t.DueOn FROM deal_tasks AS t
                WHERE t.WorkspaceId = $workspace AND t.DealId = d.Id AND t.CompletedAt IS NULL
                ORDER BY t.DueOn IS NULL, t.DueOn, t.CreatedAt, t.Id LIMIT 1)
        FROM deals AS d
        JOIN accounts AS a ON a.Id = d.AccountId
        JOIN pipeline_stages AS s ON s.Id = d.StageId
        JOIN circles AS c ON c.Id = d.CircleId
        LEFT JOIN AspNetUsers AS u ON u.Id = d.OwnerId

        """;

    private const string PageOrder = """

        ORDER BY d.Value DESC, d.Id DESC
        LIMIT $take OFFSET $skip
        """;

    // Next, by hand: the anchor's value read in the statement itself, as the service reads it before the page.
    private const string KeysetPageOrder = """

          AND d.Value <= (SELECT a.Value FROM deals AS a WHERE a.Id = $anchor)
          AND (d.Value < (SELECT a.Value FROM deals AS a WHERE a.Id = $anchor) OR d.Id < $anchor)
        ORDER BY d.Value DESC, d.Id DESC
        LIMIT $take OFFSET $skip)
        ORDER BY d.Value DESC, d.Id DESC
        """;

    private string _rawCount = "";
    private string _rawPage = "";
    private string _rawPlainPage = "";
    private int _rawSkip;
    private int _rawTake;
    private string? _anchorId;

    private DealDeskDatabase _database = null!;
    private TenantScope _scope = null!;
    private DealQueries _service = null!;
    private DealSearch _search = null!;

    /// <summary>Deals in the workspace.</summary>
    [Params(100_000)]
    public int Deals { get; set; }

    /// <summary>"filtered": search + stages + priority; "all": no filter; "search": the search text alone.</summary>
    [Params("filtered", "all", "search")]
    public string Filter { get; set; } = "filtered";

    /// <summary>Which page of the result: the first, the one in the middle (the farthest from either end) opened by
    /// its number, the same page reached with Next from the page before it (read from that page's last row), or the
    /// last.</summary>
    [Params("first", "middle", "middle-next", "last")]
    public string Page { get; set; } = "first";

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _database = await BenchmarkDatabase.OpenAsync(Deals);
        _scope = await _database.ScopeOfUserAsync("rep@dealdesk.demo");
        _service = new DealQueries(new FixedScopeContextFactory(_database, _scope));
        await using (var db = _database.CreateContext(_scope))
        {
            var stages = await db.PipelineStages.Where(s => s.Name == "Qualified" || s.Name == "Proposal")
                .Select(s => s.Id).ToListAsync();
            _search = Filter switch
            {
                "all" => new DealSearch { StageIds = stages, SortBy = DealSortField.Value, Descending = true, PageSize = PageSize },
                "search" => new DealSearch { Text = SearchText, SortBy = DealSortField.Value, Descending = true, PageSize = PageSize },
                _ => new DealSearch
                {
                    Text = SearchText, StageIds = stages, Priorities = [DealPriority.High],
                    SortBy = DealSortField.Value, Descending = true, PageSize = PageSize,
                },
            };
        }

        var where = VisibleToUser + Filter switch { "all" => "", "search" => TextFilter, _ => TextFilter + StageAndPriority };
        _rawCount = "SELECT COUNT(*) FROM deals AS d\n" + where;
        _rawPlainPage = RawPage + where + PageOrder;

        var total = (await _service.SearchAsync(_search)).TotalCount;
        if (Filter == "all")
        {
            _search = _search with { StageIds = [] };
            total = (await _service.SearchAsync(_search)).TotalCount;
        }

        var lastPage = (total - 1) / PageSize;
        _search = _search with { Page = Page switch { "last" => lastPage, "middle" or "middle-next" => lastPage / 2, _ => 0 } };

        // The same plan the service follows, by hand: the page's ids first, the joins for those ids only, and a page
        // in the second half read from the end in the reverse order.
        var skip = _search.Page * PageSize;
        _rawTake = Math.Min(PageSize, total - skip);
        var fromEnd = total - skip - _rawTake;
        var reversed = fromEnd < skip;
        _rawSkip = reversed ? fromEnd : skip;
        var direction = reversed ? "ASC" : "DESC";
        _rawPage = RawPage + "WHERE d.Id IN (\n    SELECT d.Id FROM deals AS d\n" + where
            + $"\n    ORDER BY d.Value {direction}, d.Id {direction}\n    LIMIT $take OFFSET $skip)\nORDER BY d.Value DESC, d.Id DESC";
        if (Page == "middle-next")
        {
            // Next from the page before: the rows after that page's last one, on the (workspace, value, id) index.
            var before = await _service.SearchAsync(_search with { Page = _search.Page - 1 });
            _anchorId = before.Rows[^1].Id.ToString().ToUpperInvariant();
            _search = _search with { Anchor = PageAnchor.After(before.Rows[^1].Id) };
            _rawSkip = 0;
            _rawPage = RawPage + "WHERE d.Id IN (\n    SELECT d.Id FROM deals AS d\n" + where + KeysetPageOrder;
        }

        // A benchmark of two queries that answer differently would measure nothing: check they agree.
        var viaService = await ServiceAsync();
        var viaSql = await RawSqlAsync();
        var viaPlainSql = await PlainOffsetSqlAsync();
        if (viaService.TotalCount != viaSql.TotalCount || viaService.Rows.Count == 0
            || !viaService.Rows.Select(Facts).SequenceEqual(viaSql.Rows.Select(Facts))
            || !viaSql.Rows.Select(Facts).SequenceEqual(viaPlainSql.Rows.Select(Facts)))
        {
            throw new InvalidOperationException("The service and the raw SQL return different pages.");
        }

        if (Environment.GetEnvironmentVariable("DEALDESK_PRINT_SQL") == "1")
        {
            await using var db = _database.CreateContext(_scope);
            var (countSql, pageSql) = DealQueries.SqlOf(db, _search, total);
            Console.WriteLine(countSql + "\n\n" + pageSql);
        }

        Console.WriteLine($"// {Filter}, {Page} page: {total:N0} matching deals, page {_search.Page + 1:N0}");
    }

    [Benchmark(Baseline = true, Description = "Raw SQL (count + page)")]
    public Task<DealPage> RawSqlAsync() => ReadAsync(_rawPage, _rawSkip, _rawTake);

    [Benchmark(Description = "Raw SQL, plain OFFSET (reference)")]
    public Task<DealPage> PlainOffsetSqlAsync() => ReadAsync(_rawPlainPage, _search.Page * PageSize, PageSize);

    [Benchmark(Description = "DealQueries.SearchAsync (EF Core)")]
    public Task<DealPage> ServiceAsync() => _service.SearchAsync(_search);

    private async Task<DealPage> ReadAsync(string pageSql, int skip, int take)
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var count = Command(connection, _rawCount);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync());
        await using var page = Command(connection, pageSql);
        page.Parameters.AddWithValue("$take", take);
        page.Parameters.AddWithValue("$skip", skip);
        var rows = new List<DealRow>(PageSize);
        await using var reader = await page.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new DealRow(
                reader.GetGuid(0), reader.GetString(1), reader.GetGuid(2), reader.GetString(3), reader.GetGuid(4),
                reader.GetString(5), (StageKind)reader.GetInt32(6), reader.IsDBNull(7) ? null : reader.GetInt32(7),
                reader.GetInt64(8) / 100m, reader.GetString(9), reader.GetInt32(10), (DealPriority)reader.GetInt32(11),
                reader.IsDBNull(12) ? null : reader.GetGuid(12), reader.IsDBNull(13) ? null : reader.GetString(13),
                reader.GetGuid(14), reader.GetString(15),
                reader.IsDBNull(16) ? null : DateOnlyOf(reader.GetString(16)),
                DateTime.SpecifyKind(reader.GetDateTime(17), DateTimeKind.Utc),
                DateTime.SpecifyKind(reader.GetDateTime(18), DateTimeKind.Utc), (byte[])reader.GetValue(19),
                reader.IsDBNull(22) ? null : reader.GetString(22), reader.IsDBNull(23) ? null : DateOnlyOf(reader.GetString(23)))
            {
                HealthScore = reader.IsDBNull(20) ? null : reader.GetInt32(20),
                HealthTrend = (HealthTrend)reader.GetInt32(21),
            });
        }

        return new DealPage(rows, total);
    }

    private static (Guid, string, decimal, int?, string?, DateOnly?) Facts(DealRow row) =>
        (row.Id, row.AccountName, row.Value, row.HealthScore, row.NextStepTitle, row.NextStepDue);

    private static DateOnly DateOnlyOf(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$workspace", _scope.WorkspaceId.ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$user", _scope.UserId!.Value.ToString().ToUpperInvariant());
        if (_anchorId is not null)
        {
            command.Parameters.AddWithValue("$anchor", _anchorId);
        }
        if (Filter != "all")
        {
            command.Parameters.AddWithValue("$pattern", "%" + SearchText + "%");
            command.Parameters.AddWithValue("$phrase", "\"" + SearchText + "\"");
            command.Parameters.AddWithValue("$accountPhrase", "Name : \"" + SearchText + "\"");
        }

        if (Filter == "filtered")
        {
            command.Parameters.AddWithValue("$stage1", _search.StageIds[0].ToString().ToUpperInvariant());
            command.Parameters.AddWithValue("$stage2", _search.StageIds[1].ToString().ToUpperInvariant());
            command.Parameters.AddWithValue("$priority", (int)DealPriority.High);
        }

        return command;
    }
}
