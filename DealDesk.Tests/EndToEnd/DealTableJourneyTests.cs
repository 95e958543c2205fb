using System.Globalization;
using System.Text.RegularExpressions;
using DealDesk.Core.Deals;
using DealDesk.Core.Notifications;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Deals;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

namespace DealDesk.Tests.EndToEnd;

/// <summary>A rep works the deal table in a real browser: filters, sorts, and finds the view again in the URL,
/// after a reload and with Back.</summary>
public sealed class DealTableJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Rep = "rep@dealdesk.demo";

    [Fact]
    public async Task Rep_FiltersByStage_SortsByValue_AndTheUrlKeepsTheView()
    {
        var page = await browser.NewPageAsync();
        var queries = await QueriesForAsync(Rep);
        var stage = await BusiestStageAsync(queries);
        var filtered = new DealSearch { StageIds = [stage.Id] };
        var expectedTotal = (await queries.SearchAsync(filtered)).TotalCount;

        await page.SignInAsync(Rep, DemoSettings.Password);
        await page.GotoAsync("/deals");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("cell-name").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("deal-table");

        await page.GetByTestId("filter-stage").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = stage.Name }).ClickAsync();
        // Close the list as a person would, with a click beside it (the select's overlay takes it).
        await page.Mouse.ClickAsync(1000, 90);
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await page.WaitForAddressAsync(url => Query(url).Contains($"stage={stage.Id}"));
        await ExpectOnlyStageAsync(page, stage.Name, Math.Min(expectedTotal, DealSearch.DefaultPageSize));

        var valueHeader = page.Locator("th .sortable-column-header", new() { HasTextRegex = new Regex("^Value$") });
        await valueHeader.ClickAsync();
        await page.WaitForAddressAsync(url => Query(url).Contains("sort=value") && Query(url).Contains("dir=asc"));
        await valueHeader.ClickAsync();
        await page.WaitForAddressAsync(url => Query(url).Contains("sort=value") && !Query(url).Contains("dir=asc"));
        var descending = await queries.SearchAsync(filtered with { SortBy = DealSortField.Value, Descending = true });
        await ExpectValuesAsync(page, descending);
        var shown = await ShownValuesAsync(page);
        Assert.Equal(shown.OrderDescending(), shown);
        Assert.Equal($"stage={stage.Id}&sort=value", Query(page.Url));
        await page.ScreenshotAsync("deal-table-filtered-by-value");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await ExpectValuesAsync(page, descending);
        await ExpectOnlyStageAsync(page, stage.Name, descending.Rows.Count);
        await Assertions.Expect(page.Locator("th .sort-direction-icon.mud-direction-desc")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("filter-stage")).ToHaveValueAsync(stage.Name);

        await page.GoBackAsync();
        await page.WaitForAddressAsync(url => Query(url).Contains("dir=asc"));
        var ascending = await queries.SearchAsync(filtered with { SortBy = DealSortField.Value, Descending = false });
        await ExpectValuesAsync(page, ascending);
        await Assertions.Expect(page.Locator("th .sort-direction-icon.mud-direction-asc")).ToHaveCountAsync(1);
        Assert.True(expectedTotal > 0, "the busiest stage has deals to show");
    }

    [Fact]
    public async Task Slash_FocusesTheSearch_WhereCIsJustALetter()
    {
        var page = await OpenTableAsync();

        await page.GetByText("Every deal in your circles").ClickAsync();
        await page.Keyboard.PressAsync("/");
        var search = page.GetByTestId("deal-search");
        await Assertions.Expect(search).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("zzqc");
        await page.WaitForAddressAsync(url => Query(url) == "q=zzqc");

        await Assertions.Expect(search).ToHaveValueAsync("zzqc");
        await Assertions.Expect(page.GetByTestId("deals-empty")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("deal-dialog")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("deal-table-empty");
        await page.GetByTestId("clear-filters").ClickAsync();
        await page.WaitForAddressAsync(url => Query(url) == "");
        await Assertions.Expect(page.GetByTestId("cell-name")).ToHaveCountAsync(DealSearch.DefaultPageSize);
    }

    [Fact]
    public async Task CKey_AndTheButton_OpenTheNewDealDialog()
    {
        var page = await OpenTableAsync();

        await page.GetByText("Every deal in your circles").ClickAsync();
        await page.Keyboard.PressAsync("c");
        await Assertions.Expect(page.GetByTestId("deal-dialog")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("deal-name")).ToHaveValueAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("deal-dialog")).ToHaveCountAsync(0);

        await page.GetByTestId("new-deal").OpenDialogAsync();
        await Assertions.Expect(page.GetByTestId("deal-dialog")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ANewDealSavedFromTheDialog_ShowsInTheTable()
    {
        var name = "Dialog probe " + Guid.NewGuid().ToString("N")[..8];
        var account = (await (await QueriesForAsync(Rep)).SearchAsync(new DealSearch { PageSize = 1 })).Rows.Single().AccountName;
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Rep, DemoSettings.Password);
        await page.GotoAsync($"/deals?q={Uri.EscapeDataString(name)}");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("deals-empty")).ToBeVisibleAsync();

        await page.GetByTestId("new-deal").OpenDialogAsync();
        var dialog = page.GetByTestId("deal-dialog");
        await page.GetByTestId("deal-name").FillAsync(name);
        await page.GetByTestId("deal-account").FillAsync(account[..Math.Min(account.Length, 6)]);
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = account }).First.ClickAsync();
        await page.GetByTestId("deal-value").FillAsync("12345");
        await dialog.GetByRole(AriaRole.Combobox, new() { Name = "Circle" }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "Enterprise Team" }).ClickAsync();
        // Each pick is seen in its field before saving, as a person sees it: under load the account's search could
        // still be running when Save was pressed, and the dialog then rightly stayed open asking for an account.
        await Assertions.Expect(page.GetByTestId("deal-account")).ToHaveValueAsync(account);
        await Assertions.Expect(page.GetByTestId("deal-circle")).ToContainTextAsync("Enterprise Team");
        await page.GetByTestId("deal-save").ClickAsync();

        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("cell-name")).ToHaveTextAsync([name]);
        await Assertions.Expect(page.GetByTestId("cell-value")).ToHaveTextAsync(["$12,345"]);
    }

    [Fact]
    public async Task ADealAddedByAnotherUser_ShowsInTheOpenTable_AndItsOverviewFollowsEdits()
    {
        var page = await browser.NewPageAsync();
        var name = "Live probe " + Guid.NewGuid().ToString("N")[..8];
        await page.SignInAsync(Rep, DemoSettings.Password);
        await page.GotoAsync($"/deals?q={Uri.EscapeDataString(name)}");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("deals-empty")).ToBeVisibleAsync();

        var (admin, draft) = await AdminServiceAndDraftAsync(name);
        var created = await admin.CreateAsync(draft);
        Assert.True(created.Succeeded, string.Join("; ", created.AllMessages()));

        await Assertions.Expect(page.GetByTestId("cell-name")).ToHaveTextAsync([name]);
        await page.GetByTestId("cell-name").ClickAsync();
        await page.WaitForAddressAsync(url => new Uri(url).AbsolutePath == $"/deals/{created.Value}");
        await Assertions.Expect(page.GetByTestId("deal-title")).ToHaveTextAsync(name);
        await Assertions.Expect(page.GetByTestId("deal-account")).ToHaveAttributeAsync("href", $"/accounts/{draft.AccountId}");

        var edit = await admin.GetDraftAsync(created.Value);
        edit!.Name = name + " renamed";
        Assert.True((await admin.UpdateAsync(created.Value, edit)).Succeeded);
        await Assertions.Expect(page.GetByTestId("deal-title")).ToHaveTextAsync(name + " renamed");
        await page.ScreenshotAsync("deal-overview");
    }

    [Fact]
    public async Task OverviewEdit_OpensTheDealDialogOnThatDeal()
    {
        var queries = await QueriesForAsync(Rep);
        var deal = (await queries.SearchAsync(new DealSearch { PageSize = 1 })).Rows.Single();
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Rep, DemoSettings.Password);
        await page.GotoAsync($"/deals/{deal.Id}");
        await page.WaitForInteractiveAsync();

        await page.GetByTestId("edit-deal").ClickAsync();

        await Assertions.Expect(page.GetByTestId("deal-name")).ToHaveValueAsync(deal.Name);
    }

    [Fact]
    public async Task DealsThatDoNotExistOrAreHidden_ShowTheNotFoundPage()
    {
        var page = await browser.NewPageAsync();
        var hidden = await PartnerTeamDealAsync();
        await page.SignInAsync(Rep, DemoSettings.Password);

        foreach (var id in new[] { Guid.NewGuid(), hidden })
        {
            await page.GotoAsync($"/deals/{id}");
            await page.WaitForInteractiveAsync();
            await Assertions.Expect(page.GetByText("Nothing here")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("deal-overview")).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task Rep_StepsThroughPagesWithNextAndPrevious_AndSeesTheSamePagesAsTheirNumbers()
    {
        var queries = await QueriesForAsync(Rep);
        var view = new DealSearch { SortBy = DealSortField.Value, Descending = true };
        var expected = new List<DealPage>();
        for (var number = 0; number < 3; number++)
        {
            expected.Add(await queries.SearchAsync(view with { Page = number }));
        }

        var page = await browser.NewPageAsync();
        await page.SignInAsync(Rep, DemoSettings.Password);
        await page.GotoAsync("/deals?sort=value");
        await page.WaitForInteractiveAsync();
        await ExpectValuesAsync(page, expected[0]);

        // Next twice and Previous once: the grid reads each neighbour from the page it is on.
        await page.GetByLabel("Next page").ClickAsync();
        await page.WaitForAddressAsync(url => Query(url).Contains("page=2"));
        await ExpectValuesAsync(page, expected[1]);
        await page.GetByLabel("Next page").ClickAsync();
        await page.WaitForAddressAsync(url => Query(url).Contains("page=3"));
        await ExpectValuesAsync(page, expected[2]);
        await page.GetByLabel("Previous page").ClickAsync();
        await page.WaitForAddressAsync(url => Query(url).Contains("page=2"));
        await ExpectValuesAsync(page, expected[1]);
    }

    private async Task<IPage> OpenTableAsync()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Rep, DemoSettings.Password);
        await page.GotoAsync("/deals");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("cell-name").First).ToBeVisibleAsync();
        return page;
    }

    private async Task<(DealService Admin, DealDraft Draft)> AdminServiceAndDraftAsync(string name)
    {
        var scope = await browser.App.ScopeOfAsync("admin@dealdesk.demo");
        var service = new DealService(new FixedScopeContextFactory(browser.App.Database, scope), new TestCurrentUser(scope),
            TimeProvider.System, browser.App.Services.GetRequiredService<IDealChangeFeed>(), NullLogger<DealService>.Instance,
            browser.App.Services.GetRequiredService<INotificationFeed>(),
            TestCircleAccess.For(new FixedScopeContextFactory(browser.App.Database, scope), scope));
        await using var db = browser.App.Database.CreateContext(scope);
        var draft = new DealDraft
        {
            Name = name,
            AccountId = await db.Accounts.OrderBy(a => a.Name).Select(a => a.Id).FirstAsync(),
            CircleId = await db.Circles.Where(c => c.Name == "Enterprise Team").Select(c => c.Id).SingleAsync(),
            StageId = await db.PipelineStages.Where(s => s.Kind == StageKind.Open).OrderBy(s => s.Order).Select(s => s.Id).FirstAsync(),
            Value = 42_000m,
            Currency = "USD",
        };
        return (service, draft);
    }

    private async Task<Guid> PartnerTeamDealAsync()
    {
        var scope = await browser.App.ScopeOfAsync("admin@dealdesk.demo");
        await using var db = browser.App.Database.CreateContext(scope);
        return await db.Deals.Where(d => db.Circles.Any(c => c.Id == d.CircleId && c.Name == "Partner Team"))
            .Select(d => d.Id).FirstAsync();
    }

    private async Task<DealQueries> QueriesForAsync(string email) =>
        new(new FixedScopeContextFactory(browser.App.Database, await browser.App.ScopeOfAsync(email)));

    // The stage with the most of the rep's deals, so that the filter visibly narrows a full table.
    private static async Task<(Guid Id, string Name)> BusiestStageAsync(DealQueries queries)
    {
        var all = await queries.SearchAsync(new DealSearch { PageSize = DealSearch.MaxPageSize });
        var busiest = all.Rows.GroupBy(r => (r.StageId, r.StageName)).MaxBy(g => g.Count())!.Key;
        return (busiest.StageId, busiest.StageName);
    }

    private static async Task ExpectOnlyStageAsync(IPage page, string stageName, int rows)
    {
        var stages = page.GetByTestId("cell-stage");
        await Assertions.Expect(stages).ToHaveTextAsync(Enumerable.Repeat(stageName, rows).ToArray());
    }

    // The grid shows exactly the page the query gives for the same view, in the same order.
    private static async Task ExpectValuesAsync(IPage page, DealPage expected)
    {
        var values = expected.Rows.Select(r => r.Value.ToString(CultureInfo.InvariantCulture)).ToArray();
        var cells = page.GetByTestId("cell-value");
        await Assertions.Expect(cells).ToHaveCountAsync(values.Length);
        await Assertions.Expect(page.GetByTestId("cell-name"))
            .ToHaveTextAsync(expected.Rows.Select(r => r.Name).ToArray());
        Assert.Equal(values, (await ShownValuesAsync(page)).Select(v => v.ToString(CultureInfo.InvariantCulture)));
    }

    private static async Task<decimal[]> ShownValuesAsync(IPage page) =>
        [.. (await page.GetByTestId("cell-value").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.value)"))
            .Select(v => decimal.Parse(v, CultureInfo.InvariantCulture))];

    private static string Query(string url) => new Uri(url).Query.TrimStart('?');
}
