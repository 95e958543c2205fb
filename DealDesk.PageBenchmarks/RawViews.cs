using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DealDesk.PageBenchmarks;

/// <summary>Whom a view is for: the workspace and, unless the user is a workspace admin, the user's circles.</summary>
public sealed record ViewScope(string Email, string UserId, string WorkspaceId, bool SeesAllCircles);

/// <summary>What a deal table shows: an optional search text and an optional stage; sorted as the table opens (most
/// recently updated first), 25 rows.</summary>
public sealed record TableView(string? Text = null, string? StageId = null);

/// <summary>The statements each measured page needs, written by hand as the best SQL for the job, on one open
/// connection to the same file the app uses. Search goes through a trigram FTS5 index of deal and account names kept
/// in a file of its own (attached), so the baseline is an indexed search whatever the app does.</summary>
public sealed class RawViews : IDisposable
{
    public const int PageSize = 25;
    private const string DateFormat = "yyyy-MM-dd HH:mm:ss.fffffff";

    private const string RowColumns = """
        d.Id, d.Name, a.Name, s.Name, s.Kind, s.RottingDays, d.Value, d.Currency, d.Probability, d.Priority,
        u.DisplayName, c.Name, d.ExpectedCloseDate, d.StageEnteredAt, d.UpdatedAt, d.Version, d.HealthScore, d.HealthTrend,
        (SELECT t.Title FROM deal_tasks AS t WHERE t.DealId = d.Id AND t.CompletedAt IS NULL
         ORDER BY t.DueOn IS NULL, t.DueOn, t.CreatedAt, t.Id LIMIT 1),
        (SELECT t.DueOn FROM deal_tasks AS t WHERE t.DealId = d.Id AND t.CompletedAt IS NULL
         ORDER BY t.DueOn IS NULL, t.DueOn, t.CreatedAt, t.Id LIMIT 1)
        """;

    private const string CardColumns = """
        d.Id, d.StageId, d.Name, a.Name, d.Value, d.Currency, u.DisplayName, d.Priority, d.StageEnteredAt, d.Version,
        d.HealthScore, d.HealthTrend, d.WonAt, d.LostAt,
        (SELECT t.DueOn FROM deal_tasks AS t WHERE t.DealId = d.Id AND t.CompletedAt IS NULL
         ORDER BY t.DueOn IS NULL, t.DueOn, t.CreatedAt, t.Id LIMIT 1)
        """;

    private readonly SqliteConnection _connection;

    private RawViews(SqliteConnection connection, string sqliteVersion)
    {
        _connection = connection;
        SqliteVersion = sqliteVersion;
    }

    public string SqliteVersion { get; }

    public static async Task<RawViews> OpenAsync(string database, string work)
    {
        var index = Path.Combine(work, "search-index.db");
        File.Delete(index);
        var connection = new SqliteConnection($"Data Source={database};Pooling=True");
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"""
            ATTACH DATABASE '{index.Replace("'", "''", StringComparison.Ordinal)}' AS s;
            CREATE VIRTUAL TABLE s.deal_text USING fts5(name, content='', tokenize='trigram');
            CREATE VIRTUAL TABLE s.account_text USING fts5(name, content='', tokenize='trigram');
            INSERT INTO s.deal_text (rowid, name) SELECT rowid, Name FROM main.deals;
            INSERT INTO s.account_text (rowid, name) SELECT rowid, Name FROM main.accounts;
            """);
        await using var version = connection.CreateCommand();
        version.CommandText = "SELECT sqlite_version()";
        return new RawViews(connection, (string)(await version.ExecuteScalarAsync())!);
    }

    public async Task<ViewScope> ScopeOfAsync(string email)
    {
        await using var command = Command("SELECT Id, WorkspaceId, IsWorkspaceAdmin FROM AspNetUsers WHERE NormalizedEmail = $email",
            ("$email", email.ToUpperInvariant()));
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException($"No user {email} in the database.");
        }

        return new ViewScope(email, reader.GetString(0), reader.GetString(1), reader.GetBoolean(2));
    }

    public async Task<string> StageIdAsync(ViewScope scope, string name)
    {
        await using var command = Command("SELECT Id FROM pipeline_stages WHERE WorkspaceId = $ws AND Name = $name",
            ("$ws", scope.WorkspaceId), ("$name", name));
        return await command.ExecuteScalarAsync() as string ?? throw new InvalidOperationException($"No stage {name}.");
    }

    /// <summary>The table's count and first page; with <paramref name="like"/> the search is the plain LIKE scan
    /// instead of the index (for comparison only).</summary>
    public async Task<(double Ms, int Total)> TableAsync(ViewScope scope, TableView view, bool like = false)
    {
        var where = Where(scope, view, like);
        var clock = Stopwatch.StartNew();
        await using var count = Command($"SELECT count(*) FROM deals AS d WHERE {where}", Parameters(scope, view));
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        await using var page = Command($"""
            SELECT {RowColumns}
            FROM (SELECT d.Id FROM deals AS d WHERE {where} ORDER BY d.UpdatedAt DESC, d.Id DESC LIMIT {PageSize}) AS p
            JOIN deals AS d ON d.Id = p.Id
            JOIN accounts AS a ON a.Id = d.AccountId
            JOIN pipeline_stages AS s ON s.Id = d.StageId
            JOIN circles AS c ON c.Id = d.CircleId
            LEFT JOIN AspNetUsers AS u ON u.Id = d.OwnerId
            ORDER BY d.UpdatedAt DESC, d.Id DESC
            """, Parameters(scope, view));
        await ReadAllAsync(page);
        return (clock.Elapsed.TotalMilliseconds, total);
    }

    /// <summary>The board: totals per stage, the stages, and the first 25 cards of each column.</summary>
    public async Task<double> BoardAsync(ViewScope scope)
    {
        var clock = Stopwatch.StartNew();
        await using var totals = Command($"""
            SELECT d.StageId, count(*), sum(d.Value), sum(d.Value * d.Probability)
            FROM deals AS d WHERE d.WorkspaceId = $ws{Circles(scope)} GROUP BY d.StageId
            """, Scoped(scope));
        await ReadAllAsync(totals);
        var stages = await StagesAsync(scope);
        foreach (var stage in stages)
        {
            await ReadCardsAsync(scope, stage);
        }

        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>A drop as the database sees it: the move (checked against the version the page had) and its history
    /// row, committed; then the two columns it changed, totals and cards.</summary>
    public async Task<double> DropAsync(ViewScope scope, string dealId, string fromStageId, string toStageId)
    {
        await using var read = Command("SELECT Version FROM deals WHERE Id = $id", ("$id", dealId));
        var version = (byte[])(await read.ExecuteScalarAsync())!;
        var now = DateTime.UtcNow.ToString(DateFormat, CultureInfo.InvariantCulture);

        var clock = Stopwatch.StartNew();
        await using (var move = Command("""
            BEGIN IMMEDIATE;
            UPDATE deals SET StageId = $to, StageEnteredAt = $now, UpdatedAt = $now, Version = $new,
                Probability = (SELECT s.DefaultProbability FROM pipeline_stages AS s WHERE s.Id = $to)
            WHERE Id = $id AND WorkspaceId = $ws AND Version = $old;
            INSERT INTO deal_stage_history (Id, WorkspaceId, DealId, FromStageId, ToStageId, MovedBy, MovedAt, TimeInPreviousStage)
            VALUES ($history, $ws, $id, $from, $to, $user, $now, NULL);
            COMMIT;
            """, ("$to", toStageId), ("$from", fromStageId), ("$now", now), ("$new", Guid.NewGuid().ToByteArray()),
            ("$id", dealId), ("$ws", scope.WorkspaceId), ("$old", version), ("$user", scope.UserId),
            ("$history", Guid.NewGuid().ToString().ToUpperInvariant())))
        {
            await move.ExecuteNonQueryAsync();
        }

        await using var totals = Command($"""
            SELECT d.StageId, count(*), sum(d.Value), sum(d.Value * d.Probability)
            FROM deals AS d WHERE d.WorkspaceId = $ws AND d.StageId IN ($a, $b){Circles(scope)} GROUP BY d.StageId
            """, [.. Scoped(scope), ("$a", fromStageId), ("$b", toStageId)]);
        await ReadAllAsync(totals);
        await ReadCardsAsync(scope, fromStageId);
        await ReadCardsAsync(scope, toStageId);
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>The dashboard: the workspace, open deals per stage (count, value, weighted), the open stages, won in 30
    /// days, won and lost in 90 days (with the dates for the days to close), KPIs and circles counted, the 8 largest
    /// open deals.</summary>
    public async Task<double> DashboardAsync(ViewScope scope)
    {
        var now = DateTime.UtcNow;
        string Since(int days) => now.AddDays(-days).ToString(DateFormat, CultureInfo.InvariantCulture);
        var circles = Circles(scope);
        var clock = Stopwatch.StartNew();
        await using var command = Command($"""
            SELECT Name, Currency FROM workspaces WHERE Id = $ws;
            SELECT d.StageId, count(*), sum(d.Value), sum(d.Value * d.Probability) FROM deals AS d
            WHERE d.WorkspaceId = $ws AND d.StageId IN (SELECT Id FROM pipeline_stages WHERE WorkspaceId = $ws AND Kind = 0){circles}
            GROUP BY d.StageId;
            SELECT Id, Name, "Order", Kind FROM pipeline_stages WHERE WorkspaceId = $ws AND Kind = 0 ORDER BY "Order";
            SELECT count(*), sum(d.Value) FROM deals AS d WHERE d.WorkspaceId = $ws AND d.WonAt >= $won30{circles};
            SELECT d.CreatedAt, d.WonAt FROM deals AS d WHERE d.WorkspaceId = $ws AND d.WonAt >= $closed90{circles};
            SELECT count(*) FROM deals AS d WHERE d.WorkspaceId = $ws AND d.LostAt >= $closed90{circles};
            SELECT count(*) FROM kpis AS d WHERE d.WorkspaceId = $ws{circles};
            SELECT count(*) FROM circles AS c WHERE c.WorkspaceId = $ws{Circles(scope, "c.Id")};
            SELECT d.Id, d.Name, a.Name, s.Name, d.Value, d.Currency, u.DisplayName, d.ExpectedCloseDate, d.HealthScore
            FROM deals AS d
            JOIN pipeline_stages AS s ON s.Id = d.StageId AND s.Kind = 0
            JOIN accounts AS a ON a.Id = d.AccountId
            LEFT JOIN AspNetUsers AS u ON u.Id = d.OwnerId
            WHERE d.WorkspaceId = $ws{circles}
            ORDER BY d.Value DESC, d.Id DESC LIMIT 8;
            """, [.. Scoped(scope), ("$won30", Since(30)), ("$closed90", Since(90))]);
        await ReadAllAsync(command);
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>The first cards of a column, read as the board reads them; for picking what to drag.</summary>
    public async Task<List<string>> CardIdsAsync(ViewScope scope, string stageId, bool smallestFirst = false)
    {
        await using var command = Command($"""
            SELECT d.Id FROM deals AS d WHERE d.WorkspaceId = $ws AND d.StageId = $stage{Circles(scope)}
            ORDER BY d.Value {(smallestFirst ? "ASC" : "DESC")}, d.Id {(smallestFirst ? "ASC" : "DESC")} LIMIT {PageSize}
            """, [.. Scoped(scope), ("$stage", stageId)]);
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public void Dispose() => _connection.Dispose();

    private async Task<List<string>> StagesAsync(ViewScope scope)
    {
        await using var command = Command("""
            SELECT Id, Name, Kind, "Order", DefaultProbability, RottingDays FROM pipeline_stages
            WHERE WorkspaceId = $ws AND ArchivedAt IS NULL ORDER BY "Order", Id
            """, Scoped(scope));
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private async Task ReadCardsAsync(ViewScope scope, string stageId)
    {
        await using var cards = Command($"""
            SELECT {CardColumns}
            FROM deals AS d
            JOIN accounts AS a ON a.Id = d.AccountId
            LEFT JOIN AspNetUsers AS u ON u.Id = d.OwnerId
            WHERE d.WorkspaceId = $ws AND d.StageId = $stage{Circles(scope)}
            ORDER BY d.Value DESC, d.Id DESC LIMIT {PageSize}
            """, [.. Scoped(scope), ("$stage", stageId)]);
        await ReadAllAsync(cards);
    }

    private static string Where(ViewScope scope, TableView view, bool like)
    {
        var where = "d.WorkspaceId = $ws" + Circles(scope);
        if (view.Text is not null)
        {
            where += like
                ? """

                   AND (d.Name LIKE $pattern ESCAPE '\' OR d.AccountId IN (
                        SELECT x.Id FROM accounts AS x WHERE x.WorkspaceId = $ws AND x.Name LIKE $pattern ESCAPE '\'))
                  """
                : """

                   AND (d.rowid IN (SELECT rowid FROM s.deal_text WHERE deal_text MATCH $match) OR d.AccountId IN (
                        SELECT x.Id FROM accounts AS x WHERE x.rowid IN (SELECT rowid FROM s.account_text WHERE account_text MATCH $match)))
                  """;
        }

        if (view.StageId is not null)
        {
            where += " AND d.StageId = $stage";
        }

        return where;
    }

    private static (string, object)[] Parameters(ViewScope scope, TableView view)
    {
        var parameters = Scoped(scope).ToList();
        if (view.Text is not null)
        {
            parameters.Add(("$match", "\"" + view.Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
            parameters.Add(("$pattern", "%" + view.Text.Replace(@"\", @"\\", StringComparison.Ordinal)
                .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%"));
        }

        if (view.StageId is not null)
        {
            parameters.Add(("$stage", view.StageId));
        }

        return [.. parameters];
    }

    private static (string, object)[] Scoped(ViewScope scope) => [("$ws", scope.WorkspaceId), ("$user", scope.UserId)];

    private static string Circles(ViewScope scope, string column = "d.CircleId") => scope.SeesAllCircles
        ? ""
        : $" AND {column} IN (SELECT m.CircleId FROM circle_memberships AS m WHERE m.WorkspaceId = $ws AND m.UserId = $user)";

    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            if (sql.Contains(name, StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue(name, value);
            }
        }

        return command;
    }

    private static async Task ReadAllAsync(SqliteCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        do
        {
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    _ = reader.GetValue(i);
                }
            }
        }
        while (await reader.NextResultAsync());
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
