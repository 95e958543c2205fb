using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace DealDesk.PageBenchmarks;

/// <summary>Issue 14, point 7: each page a user opens or acts on, timed in the browser from navigation or action to
/// the result on screen, as an admin (every deal) and as a rep (two circles), next to the raw SQL of the same view run
/// right after it on the same file.</summary>
public sealed class PageScenarios(BenchBrowser browser, RawViews raw, BenchOptions options)
{
    private const string SearchText = "platform";
    private const string FilterStage = "Proposal";
    private const string DragA = "Qualified";
    private const string DragB = "Proposal";

    private static readonly string[] Users = ["admin@dealdesk.demo", "rep@dealdesk.demo"];
    private static readonly string[] DropEvents = ["drop", "mouseup", "pointerup"];

    private static readonly (string Key, string Title, bool HasGoal)[] Cases =
    [
        ("deals-full", "open /deals, full load (navigation → rows)", false),
        ("deals-inapp", "open /deals in-app (click in the menu → rows)", true),
        ("search", "search, last key → rows (debounce included)", false),
        ("search-nodebounce", "search, debounce excluded", true),
        ("filter", $"filter by a stage ({FilterStage}; click → rows)", true),
        ("board", "open /pipeline, full load (→ cards)", false),
        ("drop", "drop a card (→ card in its new column)", true),
        ("dashboard", "dashboard `/`, full load (→ figures)", false),
    ];

    private readonly Dictionary<(string Case, string User), (List<double> Page, List<double> Sql)> _samples = [];
    private readonly List<double> _likeSearch = [];

    public async Task<string> RunAsync()
    {
        foreach (var user in Users)
        {
            var scope = await raw.ScopeOfAsync(user);
            var page = await browser.SignedInPageAsync(user);
            var expected = await ExpectationsAsync(scope);
            for (var run = 0; run <= options.Runs; run++)
            {
                Console.WriteLine($"{user}: {(run == 0 ? "warm-up" : $"run {run} of {options.Runs}")}");
                await OneRunAsync(page, scope, expected, run, record: run > 0);
            }

            await page.Context.CloseAsync();
        }

        return Report();
    }

    private sealed record Expectations(int SearchRows, int FilterRows, string FilterStageId, string AId, string BId);

    private async Task<Expectations> ExpectationsAsync(ViewScope scope)
    {
        var filterStage = await raw.StageIdAsync(scope, FilterStage);
        var (_, searchTotal) = await raw.TableAsync(scope, new TableView(SearchText));
        var (_, likeTotal) = await raw.TableAsync(scope, new TableView(SearchText), like: true);
        if (searchTotal != likeTotal)
        {
            throw new InvalidOperationException($"The baseline's index finds {searchTotal} deals for \"{SearchText}\", LIKE {likeTotal}.");
        }

        var (_, filterTotal) = await raw.TableAsync(scope, new TableView(StageId: filterStage));
        return new Expectations(Math.Min(searchTotal, RawViews.PageSize), Math.Min(filterTotal, RawViews.PageSize),
            filterStage, await raw.StageIdAsync(scope, DragA), await raw.StageIdAsync(scope, DragB));
    }

    private async Task OneRunAsync(IPage page, ViewScope scope, Expectations expected, int run, bool record)
    {
        var user = scope.Email;
        void Record(string key, double pageMs, double sqlMs)
        {
            if (!record)
            {
                return;
            }

            if (!_samples.TryGetValue((key, user), out var samples))
            {
                _samples[(key, user)] = samples = ([], []);
            }

            samples.Page.Add(pageMs);
            samples.Sql.Add(sqlMs);
        }

        // The dashboard, loaded from the address bar.
        var dashboard = await PageProbe.FullLoadAsync(page, "/", "figures", $"{user} dashboard");
        Record("dashboard", dashboard, await raw.DashboardAsync(scope));

        // /deals from the menu: the circuit is already there, only the page changes.
        await PageProbe.WaitForInteractiveAsync(page);
        var (inApp, _) = await PageProbe.ActionAsync(page, "dealsRows", new { }, ["click"],
            () => page.Locator(".mud-nav-link[href='/deals']").First.ClickAsync(), $"{user} /deals in-app");
        Record("deals-inapp", inApp, (await raw.TableAsync(scope, new TableView())).Ms);

        // A search typed as a quick typist types it; timed from the last key.
        var search = page.GetByTestId("deal-search");
        await search.ClickAsync();
        var (searched, _) = await PageProbe.ActionAsync(page, "searched",
            new { term = SearchText.ToLowerInvariant(), rows = expected.SearchRows }, ["input"],
            () => search.PressSequentiallyAsync(SearchText, new() { Delay = 30 }), $"{user} search");
        var searchSql = (await raw.TableAsync(scope, new TableView(SearchText))).Ms;
        Record("search", searched, searchSql);
        Record("search-nodebounce", Math.Max(0, searched - options.DebounceMs), searchSql);
        if (record)
        {
            _likeSearch.Add((await raw.TableAsync(scope, new TableView(SearchText), like: true)).Ms);
        }

        // /deals from the address bar, then a stage picked in the filter.
        var full = await PageProbe.FullLoadAsync(page, "/deals", "rows", $"{user} /deals");
        Record("deals-full", full, (await raw.TableAsync(scope, new TableView())).Ms);
        await PageProbe.WaitForInteractiveAsync(page);
        await page.GetByTestId("filter-stage").ClickAsync();
        var item = page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = FilterStage });
        await item.WaitForAsync();
        var (filtered, _) = await PageProbe.ActionAsync(page, "staged", new { stage = FilterStage, rows = expected.FilterRows },
            ["click"], () => item.ClickAsync(), $"{user} filter");
        Record("filter", filtered, (await raw.TableAsync(scope, new TableView(StageId: expected.FilterStageId))).Ms);

        // The board, then a card dragged between two open columns (back and forth over the runs).
        var board = await PageProbe.FullLoadAsync(page, "/pipeline", "cards", $"{user} /pipeline");
        Record("board", board, await raw.BoardAsync(scope));
        await PageProbe.WaitForInteractiveAsync(page);
        var (from, to, fromId, toId) = run % 2 == 0
            ? (DragA, DragB, expected.AId, expected.BId)
            : (DragB, DragA, expected.BId, expected.AId);
        var card = Column(page, from).GetByTestId("deal-card").First;
        var dealId = await card.GetAttributeAsync("data-deal-id")
            ?? throw new InvalidOperationException($"{user}: no card in {from}.");
        var zone = Column(page, to).GetByTestId("board-zone");
        await zone.ScrollIntoViewIfNeededAsync();
        var (dropped, refused) = await PageProbe.ActionAsync(page, "cardIn", new { stage = to, id = dealId, snackbars = -1 },
            DropEvents, () => card.DragToAsync(zone), $"{user} drop");
        if (refused)
        {
            throw new InvalidOperationException($"{user}: the drop of {dealId} was refused.");
        }

        // The baseline moves a card of its own (the smallest of the column, off the first page) the same way.
        var rawCard = (await raw.CardIdsAsync(scope, fromId, smallestFirst: true))[0];
        Record("drop", dropped, await raw.DropAsync(scope, rawCard, fromId, toId));
    }

    private static ILocator Column(IPage page, string stage) =>
        page.Locator($"[data-testid=board-column][data-stage='{stage}']");

    private string Report()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### Pages ({options.Runs} runs each after a warm-up; times in ms)");
        text.AppendLine();
        text.AppendLine("| What the user does | User | Median | Min–max | Raw SQL (median) | Ratio | Goal ≤ 3× SQL + 50 ms |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---|");
        foreach (var (key, title, hasGoal) in Cases)
        {
            foreach (var user in Users)
            {
                if (!_samples.TryGetValue((key, user), out var samples))
                {
                    continue;
                }

                var pageMs = Stats.Median(samples.Page);
                var sqlMs = Stats.Median(samples.Sql);
                var limit = 3 * sqlMs + 50;
                var goal = !hasGoal ? "" : pageMs <= limit ? $"met (≤ {PageProbe.Ms(limit)})" : $"**not met** (> {PageProbe.Ms(limit)})";
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {title} | {user.Split('@')[0]} | {PageProbe.Ms(pageMs)} | {PageProbe.Ms(samples.Page.Min())}–{PageProbe.Ms(samples.Page.Max())} " +
                    $"| {sqlMs:0.0} | {Stats.Ratio(pageMs, sqlMs)} | {goal} |");
            }
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Search baseline: a trigram FTS5 index of deal and account names (same matches as LIKE, checked); the same " +
            $"search as a LIKE scan took {Stats.Median(_likeSearch):0.0} ms (median, both users). \"Debounce excluded\" " +
            $"subtracts the search field's {options.DebounceMs} ms.");
        return text.ToString();
    }
}
