using System.Diagnostics;
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

/// <summary>The deal table over 100,000 deals, as a rep (two of three circles) and as an admin (every deal), sorted by
/// value, by the default (last updated) or by account name, on the first, middle and last page, with a search and two
/// filters (stages and priority), with the search alone, or with none. Each is the service (EF Core, tenant and circle filters applied centrally, total count
/// included) against the fastest hand-written SQL for the same count and page (<see cref="DealTableSql"/>).</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class DealTableBenchmark
{
    private const int PageSize = 25;
    private const string SearchText = "platform";

    private RawTablePlan _baseline = null!;
    private string? _anchorId;

    private DealDeskDatabase _database = null!;
    private TenantScope _scope = null!;
    private DealQueries _service = null!;
    private DealSearch _search = null!;

    /// <summary>Deals in the workspace.</summary>
    [Params(100_000)]
    public int Deals { get; set; }

    /// <summary>Whose view, which sort, which filter, which page (<see cref="DealTableCase.All"/>).</summary>
    [ParamsSource(nameof(Cases))]
    public DealTableCase Case { get; set; } = new("rep", "value", "filtered", "first");

    /// <summary>The cases of a run: all of them, or those whose name contains one of the comma-separated parts of
    /// <c>DEALDESK_TABLE_CASES</c> (BenchmarkDotNet's filter picks methods, not parameters).</summary>
    public static IEnumerable<DealTableCase> Cases()
    {
        var wanted = Environment.GetEnvironmentVariable("DEALDESK_TABLE_CASES")?
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return DealTableCase.All().Where(c => wanted.Length == 0 || wanted.Any(w => c.ToString().Contains(w, StringComparison.Ordinal)));
    }

    private bool Filtered => Case.Filter == "filtered";

    private bool Searched => Case.Filter is "filtered" or "search";

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _database = await BenchmarkDatabase.OpenAsync(Deals);
        var admin = Case.Scope == "admin";
        _scope = await _database.ScopeOfUserAsync(admin ? "admin@dealdesk.demo" : "rep@dealdesk.demo");
        _service = new DealQueries(new FixedScopeContextFactory(_database, _scope));
        var (sort, column) = Case.Sort switch
        {
            "updated" => (DealSortField.Updated, "UpdatedAt"),
            // A joined name: the deal's own copy of its account's name (ADR 0010) is what the best SQL sorts on.
            "account" => (DealSortField.Account, "AccountName"),
            _ => (DealSortField.Value, "Value"),
        };
        _search = new DealSearch { SortBy = sort, Descending = true, PageSize = PageSize };
        if (Filtered)
        {
            await using var db = _database.CreateContext(_scope);
            var stages = await db.PipelineStages.Where(s => s.Name == "Qualified" || s.Name == "Proposal")
                .Select(s => s.Id).ToListAsync();
            _search = _search with { Text = SearchText, StageIds = stages, Priorities = [DealPriority.High] };
        }
        else if (Searched)
        {
            _search = _search with { Text = SearchText };
        }

        var total = (await _service.SearchAsync(_search)).TotalCount;
        var lastPage = (total - 1) / PageSize;
        _search = _search with
        {
            Page = Case.Page switch { "last" => lastPage, "middle" or "middle-next" => lastPage / 2, _ => 0 },
        };
        if (Case.Page == "middle-next")
        {
            // Next from the page before: the rows after that page's last one.
            var before = await _service.SearchAsync(_search with { Page = _search.Page - 1 });
            _anchorId = before.Rows[^1].Id.ToString().ToUpperInvariant();
            _search = _search with { Anchor = PageAnchor.After(before.Rows[^1].Id) };
        }

        var plans = DealTableSql.Plans(DealTableSql.Where(admin, Case.Filter), column,
            total, _search.Page, PageSize, keyset: _anchorId is not null);

        // A benchmark of queries that answer differently would measure nothing: check every form agrees with the service.
        var viaService = await ServiceAsync();
        foreach (var plan in plans)
        {
            var viaSql = await ReadAsync(plan);
            if (viaService.TotalCount != viaSql.TotalCount || viaService.Rows.Count == 0
                || !viaService.Rows.Select(Facts).SequenceEqual(viaSql.Rows.Select(Facts)))
            {
                throw new InvalidOperationException($"The service and the raw SQL ({plan.Name}) return different pages.");
            }
        }

        _baseline = await FastestAsync(plans);

        if (Environment.GetEnvironmentVariable("DEALDESK_PRINT_SQL") == "1")
        {
            await using var db = _database.CreateContext(_scope);
            var (countSql, pageSql) = DealQueries.SqlOf(db, _search, total);
            Console.WriteLine(countSql + "\n\n" + pageSql + "\n\n-- baseline:\n" + _baseline.CountSql + "\n\n" + _baseline.PageSql);
        }

        Console.WriteLine($"// {Case}: {total:N0} matching deals, page {_search.Page + 1:N0}; baseline: {_baseline.Name}");
    }

    [Benchmark(Baseline = true, Description = "Raw SQL, fastest form (count + page)")]
    public Task<DealPage> RawSqlAsync() => ReadAsync(_baseline);

    [Benchmark(Description = "DealQueries.SearchAsync (EF Core)")]
    public Task<DealPage> ServiceAsync() => _service.SearchAsync(_search);

    /// <summary>Times every form a few times and keeps the fastest by its median; the times are printed so the
    /// choice can be checked.</summary>
    private async Task<RawTablePlan> FastestAsync(IReadOnlyList<RawTablePlan> plans)
    {
        var medians = new List<(RawTablePlan Plan, double Milliseconds)>();
        foreach (var plan in plans)
        {
            var times = new List<double>();
            for (var run = 0; run < 9; run++)
            {
                var watch = Stopwatch.StartNew();
                await ReadAsync(plan);
                if (run >= 2)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            medians.Add((plan, times[times.Count / 2]));
        }

        foreach (var (plan, milliseconds) in medians.OrderBy(m => m.Milliseconds))
        {
            Console.WriteLine($"// {Case}, raw SQL form \"{plan.Name}\": median {milliseconds:F2} ms");
        }

        return medians.MinBy(m => m.Milliseconds).Plan;
    }

    private async Task<DealPage> ReadAsync(RawTablePlan plan)
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        var total = 0;
        if (plan.CountSql is not null)
        {
            await using var count = Command(connection, plan.CountSql);
            total = Convert.ToInt32(await count.ExecuteScalarAsync());
        }

        await using var page = Command(connection, plan.PageSql);
        page.Parameters.AddWithValue("$take", plan.Take);
        page.Parameters.AddWithValue("$skip", plan.Skip);
        var rows = new List<DealRow>(PageSize);
        await using var reader = await page.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (plan.CountSql is null)
            {
                total = reader.GetInt32(DealTableSql.CountColumn);
            }

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
        if (_scope.UserId is { } user && sql.Contains("$user", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("$user", user.ToString().ToUpperInvariant());
        }

        if (_anchorId is not null)
        {
            command.Parameters.AddWithValue("$anchor", _anchorId);
        }

        if (Searched)
        {
            command.Parameters.AddWithValue("$pattern", "%" + SearchText + "%");
            // One FTS5 string: the whole text as a phrase of trigrams, as the service sends it.
            command.Parameters.AddWithValue("$phrase", "\"" + SearchText + "\"");
        }

        if (Filtered)
        {
            command.Parameters.AddWithValue("$stage1", _search.StageIds[0].ToString().ToUpperInvariant());
            command.Parameters.AddWithValue("$stage2", _search.StageIds[1].ToString().ToUpperInvariant());
            command.Parameters.AddWithValue("$priority", (int)DealPriority.High);
        }

        return command;
    }
}
