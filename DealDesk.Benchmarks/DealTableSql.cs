namespace DealDesk.Benchmarks;

/// <summary>One way to answer a view of the deal table in hand-written SQL: the count (or <c>null</c> when the page
/// statement returns it in its last column) and the page.</summary>
internal sealed record RawTablePlan(string Name, string? CountSql, string PageSql, int Skip, int Take);

/// <summary>The forms the deal table's baseline is chosen from. The baseline is the fastest of them on the case at
/// hand, timed in the benchmark's setup, so that it is the best SQL we know for that job rather than a copy of the
/// service's own plan.</summary>
internal static class DealTableSql
{
    /// <summary>Column 24 of a one-pass page: the count of every match.</summary>
    public const int CountColumn = 24;

    private const string SelectList = """
        SELECT d.Id, d.Name, d.AccountId, a.Name, d.StageId, s.Name, s.Kind, s.RottingDays, d.Value, d.Currency,
               d.Probability, d.Priority, d.OwnerId, u.DisplayName, d.CircleId, c.Name, d.ExpectedCloseDate,
               d.StageEnteredAt, d.UpdatedAt, d.Version, d.HealthScore, d.HealthTrend,
               (SELECT t.Title FROM deal_tasks AS t
                WHERE t.WorkspaceId = $workspace AND t.DealId = d.Id AND t.CompletedAt IS NULL
                ORDER BY t.DueOn IS NULL, t.DueOn, t.CreatedAt, t.Id LIMIT 1),
               (SELECT t.DueOn FROM deal_tasks AS t
                WHERE t.WorkspaceId = $workspace AND t.DealId = d.Id AND t.CompletedAt IS NULL
                ORDER BY t.DueOn IS NULL, t.DueOn, t.CreatedAt, t.Id LIMIT 1)
        """;

    private const string Joins = """

        FROM deals AS d
        JOIN accounts AS a ON a.Id = d.AccountId
        JOIN pipeline_stages AS s ON s.Id = d.StageId
        JOIN circles AS c ON c.Id = d.CircleId
        LEFT JOIN AspNetUsers AS u ON u.Id = d.OwnerId

        """;

    // A rep sees the deals of their circles; an admin every deal of the workspace, so theirs needs no circle test.
    private const string VisibleToMember = """
        WHERE d.WorkspaceId = $workspace
          AND d.CircleId IN (SELECT m.CircleId FROM circle_memberships AS m WHERE m.WorkspaceId = $workspace AND m.UserId = $user)
        """;

    private const string VisibleToAdmin = "WHERE d.WorkspaceId = $workspace";

    // The search at its best: the deal index gives rowids of the deal table itself, the account index the accounts
    // whose name matches; LIKE on those rows only keeps the exact answer of a plain LIKE scan (ADR 0011).
    private const string TextFilter = """

          AND ((d.rowid IN (SELECT rowid FROM deals_search WHERE deals_search MATCH $phrase) AND d.Name LIKE $pattern ESCAPE '\')
               OR d.AccountId IN (SELECT a.Id FROM accounts AS a
                   WHERE a.WorkspaceId = $workspace
                     AND a.rowid IN (SELECT rowid FROM accounts_search WHERE accounts_search MATCH $phrase)
                     AND a.Name LIKE $pattern ESCAPE '\'))
        """;

    private const string StageAndPriority = """

          AND d.StageId IN ($stage1, $stage2)
          AND d.Priority = $priority
        """;

    /// <summary>The WHERE clause of a view: what the user may see, and the filter: "filtered" (the search, two stages
    /// and a priority), "search" (the search alone) or "all" (none).</summary>
    public static string Where(bool admin, string filter) =>
        (admin ? VisibleToAdmin : VisibleToMember) + filter switch
        {
            "filtered" => TextFilter + StageAndPriority,
            "search" => TextFilter,
            _ => "",
        };

    /// <summary>Every form for the page numbered <paramref name="page"/> (a <paramref name="total"/> of matches,
    /// sorted on <paramref name="column"/> descending, then the id); with <paramref name="keyset"/> also the forms
    /// that read the page after the row <c>$anchor</c>, as Next does.</summary>
    public static IReadOnlyList<RawTablePlan> Plans(string where, string column, int total, int page, int pageSize,
        bool keyset)
    {
        var key = "d." + column;
        var count = "SELECT COUNT(*) FROM deals AS d\n" + where;
        var skip = page * pageSize;
        var take = Math.Min(pageSize, total - skip);
        // A page in the second half of the list, read from the end in the reverse order, skips fewer rows.
        var fromEnd = total - skip - take;
        var reversed = fromEnd < skip;
        var windowSkip = reversed ? fromEnd : skip;
        var direction = reversed ? "ASC" : "DESC";
        var pageOrder = $"\nORDER BY {key} DESC, d.Id DESC";
        // Hiding the sort key from the planner (an expression, not the column) lets it find the matches by another
        // index (the stage's) and sort those few, instead of walking the sort's index past every visible deal.
        var hiddenKey = column == "Value" ? key + " + 0" : key + " || ''";

        var plans = new List<RawTablePlan>
        {
            new("plain OFFSET", count, SelectList + Joins + where + pageOrder + "\nLIMIT $take OFFSET $skip", skip, take),
            new("ids first on the sort's index", count, IdsFirst(where, key, direction), windowSkip, take),
            new("ids first, matches sorted", count, IdsFirst(where, hiddenKey, direction), windowSkip, take),
            new("one pass: matches once, count and page from them", null, OnePass(where, key, "", direction), windowSkip, take),
        };
        if (keyset)
        {
            var anchorKey = $"(SELECT x.{column} FROM deals AS x WHERE x.Id = $anchor)";
            var beyond = $"\n  AND {key} <= {anchorKey}\n  AND ({key} < {anchorKey} OR d.Id < $anchor)";
            plans.Add(new("keyset, plain", count, SelectList + Joins + where + beyond + pageOrder + "\nLIMIT $take OFFSET $skip", 0, take));
            plans.Add(new("keyset, ids first", count, IdsFirst(where + beyond, key, "DESC"), 0, take));
            plans.Add(new("keyset, one pass", null,
                OnePass(where, key, $"WHERE m.SortKey < {anchorKey} OR (m.SortKey = {anchorKey} AND m.Id < $anchor)", "DESC"),
                0, take));
        }

        return plans;

        string IdsFirst(string filter, string sortKey, string dir) =>
            SelectList + Joins + "WHERE d.Id IN (\n    SELECT d.Id FROM deals AS d\n" + filter
            + $"\n    ORDER BY {sortKey} {dir}, d.Id {dir}\n    LIMIT $take OFFSET $skip)" + pageOrder;
    }

    // The filter is evaluated once: the matches' ids and sort keys are kept, counted, and the page is read from them.
    private static string OnePass(string where, string key, string beyond, string direction) =>
        $"WITH matches AS MATERIALIZED (SELECT d.Id, {key} AS SortKey FROM deals AS d\n{where}),\n"
        + $"page AS (SELECT m.Id FROM matches AS m {beyond}\n    ORDER BY m.SortKey {direction}, m.Id {direction} LIMIT $take OFFSET $skip)\n"
        + SelectList + ",\n       (SELECT COUNT(*) FROM matches)" + Joins + "WHERE d.Id IN page\nORDER BY " + key + " DESC, d.Id DESC";
}
