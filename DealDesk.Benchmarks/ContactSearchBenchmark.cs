using DealDesk.Tests.Support;
using BenchmarkDotNet.Attributes;
using DealDesk.Core.Contacts;
using DealDesk.Data;
using DealDesk.Data.Circles;
using DealDesk.Data.Contacts;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Benchmarks;

/// <summary>The contact list as a rep uses it over 100,000 contacts in one circle: a search (name, email or company)
/// with a status filter, sorted by name, on the first page and on the deepest one (the middle of the list; later pages
/// are read from the end). The service (EF Core, tenant and circle filters applied centrally, total count included)
/// against the same two statements (count, page) in hand-written SQL, both reading the contact search index (ADR 0011).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class ContactSearchBenchmark
{
    private const int PageSize = ContactSearch.DefaultPageSize;
    private const string SearchText = "son";

    private const string Where = """
        WHERE c.WorkspaceId = $workspace
          AND c.CircleId IN (SELECT m.CircleId FROM circle_memberships AS m WHERE m.WorkspaceId = $workspace AND m.UserId = $user)
          AND c.CircleId = $circle
          AND c.rowid IN (SELECT rowid FROM contacts_search WHERE contacts_search MATCH $phrase)
          AND (c.Name LIKE $pattern ESCAPE '\' OR c.Email LIKE $pattern ESCAPE '\' OR c.Company LIKE $pattern ESCAPE '\')
          AND c.Status IN ($status1, $status2)
        """;

    private const string Columns =
        "c.Id, c.Name, c.Email, c.Phone, c.Company, c.Status, c.FunnelStage, c.LatestNote, c.LastContactAt, c.CreatedAt, c.Version";

    private string _rawPage = "";
    private int _rawSkip;
    private int _rawTake;

    private DealDeskDatabase _database = null!;
    private TenantScope _scope = null!;
    private ContactQueries _service = null!;
    private ContactSearch _search = null!;

    /// <summary>Contacts in the circle.</summary>
    [Params(100_000)]
    public int Contacts { get; set; }

    /// <summary>"first" page, or the "deep" one in the middle (the farthest from either end).</summary>
    [Params("first", "deep")]
    public string Page { get; set; } = "first";

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _database = await BenchmarkDatabase.OpenWithContactsAsync(Contacts);
        _scope = await _database.ScopeOfUserAsync("rep@dealdesk.demo");
        var contexts = new FixedScopeContextFactory(_database, _scope);
        var user = new BenchmarkUser(_scope);
        _service = new ContactQueries(contexts, new CircleAccess(contexts, user, NullLogger<CircleAccess>.Instance));
        Guid circle;
        await using (var db = _database.CreateContext(_scope))
        {
            circle = db.Circles.Where(c => c.Name == "Enterprise Team").Select(c => c.Id).Single();
        }

        _search = new ContactSearch
        {
            CircleId = circle, Text = SearchText, Statuses = [ContactStatus.Lead, ContactStatus.Prospect],
            SortBy = ContactSortField.Name, Descending = false, PageSize = PageSize,
        };
        var total = (await _service.SearchAsync(_search)).TotalCount;
        var lastPage = (total - 1) / PageSize;
        _search = _search with { Page = Page == "deep" ? lastPage / 2 : 0 };

        // The plan the service follows, by hand: the page's ids first, then their rows, a page in the second half
        // read from the end in the reverse order.
        var skip = _search.Page * PageSize;
        _rawTake = Math.Min(PageSize, total - skip);
        var fromEnd = total - skip - _rawTake;
        var reversed = fromEnd < skip;
        _rawSkip = reversed ? fromEnd : skip;
        var direction = reversed ? "DESC" : "ASC";
        _rawPage = $"SELECT {Columns} FROM contacts AS c WHERE c.Id IN (\n    SELECT c.Id FROM contacts AS c\n{Where}"
            + $"\n    ORDER BY c.Name {direction}, c.Id {direction}\n    LIMIT $take OFFSET $skip)\nORDER BY c.Name, c.Id";

        // A benchmark of two queries that answer differently would measure nothing: check they agree.
        var viaService = await ServiceAsync();
        var viaSql = await RawSqlAsync();
        if (viaService.TotalCount != viaSql.TotalCount || viaService.Rows.Count == 0
            || !viaService.Rows.Select(r => r.Id).SequenceEqual(viaSql.Rows.Select(r => r.Id)))
        {
            throw new InvalidOperationException("The service and the raw SQL return different pages.");
        }

        if (Environment.GetEnvironmentVariable("DEALDESK_PRINT_SQL") == "1")
        {
            await using var db = _database.CreateContext(_scope);
            var (countSql, pageSql) = ContactQueries.SqlOf(db, _search, total);
            Console.WriteLine(countSql + "\n\n" + pageSql);
        }

        Console.WriteLine($"// {Page} page: {total:N0} matching contacts, page {_search.Page + 1:N0}");
    }

    [Benchmark(Baseline = true, Description = "Raw SQL (count + page)")]
    public async Task<ContactPage> RawSqlAsync()
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var count = Command(connection, "SELECT COUNT(*) FROM contacts AS c\n" + Where);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync());
        await using var page = Command(connection, _rawPage);
        page.Parameters.AddWithValue("$take", _rawTake);
        page.Parameters.AddWithValue("$skip", _rawSkip);
        var rows = new List<ContactRow>(PageSize);
        await using var reader = await page.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new ContactRow(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), (ContactStatus)reader.GetInt32(5),
                (FunnelStage)reader.GetInt32(6), reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : DateTime.SpecifyKind(reader.GetDateTime(8), DateTimeKind.Utc),
                DateTime.SpecifyKind(reader.GetDateTime(9), DateTimeKind.Utc), (byte[])reader.GetValue(10)));
        }

        return new ContactPage(rows, total);
    }

    [Benchmark(Description = "ContactQueries.SearchAsync (EF Core)")]
    public Task<ContactPage> ServiceAsync() => _service.SearchAsync(_search);

    private SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$workspace", _scope.WorkspaceId.ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$user", _scope.UserId!.Value.ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$circle", _search.CircleId.ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$pattern", "%" + SearchText + "%");
        command.Parameters.AddWithValue("$phrase", "\"" + SearchText + "\"");
        command.Parameters.AddWithValue("$status1", (int)ContactStatus.Lead);
        command.Parameters.AddWithValue("$status2", (int)ContactStatus.Prospect);
        return command;
    }

    /// <summary>The rep, for the service's permission checks.</summary>
    private sealed class BenchmarkUser(TenantScope scope) : DealDesk.Core.Common.ICurrentUser
    {
        public Guid? UserId => scope.UserId;

        public Guid? WorkspaceId => scope.WorkspaceId;

        public bool IsWorkspaceAdmin => scope.SeesAllCircles;
    }
}
