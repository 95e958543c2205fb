using System.Globalization;
using System.Text.RegularExpressions;
using DealDesk.Core.Accounts;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Accounts;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

namespace DealDesk.Tests.EndToEnd;

/// <summary>An admin keeps the account list and shapes the pipeline; a rep is kept out of the pipeline settings,
/// in a real browser against the real app.</summary>
public sealed partial class AccountsJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Admin_CreatesAnAccount_IsToldWhenTheNameIsTaken_AndFindsItOnTheList()
    {
        var page = await browser.NewPageAsync();
        var name = "Journey Robotics " + Guid.NewGuid().ToString("N")[..6];
        await page.SignInAsync("admin@dealdesk.demo", DemoSettings.Password);

        await page.GotoAsync("/accounts");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("account-link").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("accounts");

        await page.GetByTestId("new-account").OpenDialogAsync();
        await page.GetByTestId("account-name").FillAsync(name);
        await page.GetByTestId("account-industry").FillAsync("Robotics");
        await page.GetByTestId("account-website").FillAsync("journey-robotics.example");
        await page.GetByTestId("account-save").ClickAsync();
        await page.WaitForAddressAsync(AccountPageUrl().IsMatch);
        await Assertions.Expect(page.GetByTestId("account-title")).ToHaveTextAsync(name);
        await Assertions.Expect(page.GetByTestId("account-industry")).ToHaveTextAsync("Robotics");
        await Assertions.Expect(page.GetByTestId("account-deals-empty")).ToBeVisibleAsync();

        await page.GotoAsync("/accounts");
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("new-account").OpenDialogAsync();
        await page.GetByTestId("account-name").FillAsync("  " + name.ToUpperInvariant());
        await page.GetByTestId("account-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("account-dialog")).ToContainTextAsync($"An account named “{name}” already exists.");
        await page.ScreenshotAsync("account-name-taken");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        await page.GetByTestId("account-search").FillAsync(name[..^3].ToLowerInvariant());
        await page.WaitForAddressAsync(url => new Uri(url).Query.StartsWith("?q=journey", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("account-link")).ToHaveTextAsync([name]);
    }

    [Fact]
    public async Task Admin_OpensAnAccountWithDeals_AndSeesItsFiguresAndDeals()
    {
        var page = await browser.NewPageAsync();
        var admin = await browser.App.ScopeOfAsync("admin@dealdesk.demo");
        var accounts = new AccountService(new FixedScopeContextFactory(browser.App.Database, admin),
            NullLogger<AccountService>.Instance);
        var account = (await accounts.SearchAsync(null, 0, 200)).Rows.OrderByDescending(r => r.DealCount).First();
        await page.SignInAsync("admin@dealdesk.demo", DemoSettings.Password);

        await page.GotoAsync("/accounts?q=" + Uri.EscapeDataString(account.Name));
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("account-link").GetByText(account.Name, new() { Exact = true }).ClickAsync();
        await page.WaitForAddressAsync(url => new Uri(url).AbsolutePath == $"/accounts/{account.Id}");
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(page.GetByTestId("account-title")).ToHaveTextAsync(account.Name);
        await Assertions.Expect(page.GetByTestId("account-deals-value")).ToHaveTextAsync(N0(account.DealCount));
        await Assertions.Expect(page.GetByTestId("account-open-deals-value")).ToHaveTextAsync(N0(account.OpenDealCount));
        await Assertions.Expect(page.GetByTestId("account-deal-link")).ToHaveCountAsync(Math.Min(account.DealCount, 10));
        Assert.True(account.DealCount > 1, "the demo data gives some account several deals");
        await page.ScreenshotAsync("account");
    }

    [Fact]
    public async Task UnknownAccount_ShowsTheNotFoundPage()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("rep@dealdesk.demo", DemoSettings.Password);

        await page.GotoAsync($"/accounts/{Guid.NewGuid()}");

        await Assertions.Expect(page.GetByText("Nothing here")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Admin_RenamesAStage_AndSeesTheNewName()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("admin@dealdesk.demo", DemoSettings.Password);

        await page.GotoAsync("/settings/pipeline");
        await page.WaitForInteractiveAsync();
        var row = page.Locator("[data-testid=stage-row][data-stage='Meeting scheduled']");
        await row.GetByTestId("stage-edit").OpenDialogAsync();
        await page.GetByTestId("stage-name").FillAsync("Meeting booked");
        await page.GetByTestId("stage-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("stage-dialog")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("stage-name-cell")).ToContainTextAsync(["Meeting booked"]);
        await Assertions.Expect(page.Locator("[data-testid=stage-row][data-stage='Meeting scheduled']")).ToHaveCountAsync(0);

        var won = page.Locator("[data-testid=stage-row][data-stage='Won']");
        await won.GetByTestId("stage-delete").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("The pipeline needs at least one won stage.");
        await Assertions.Expect(dialog).Not.ToContainTextAsync("cannot be undone");
        await page.ScreenshotAsync("pipeline-settings");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "OK" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Admin_IsToldWhyAStageWithDealsCannotBeDeleted_BeforeAnyConfirmation()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("admin@dealdesk.demo", DemoSettings.Password);
        await page.GotoAsync("/settings/pipeline");
        await page.WaitForInteractiveAsync();
        var row = page.Locator("[data-testid=stage-row][data-stage='Proposal']");
        var deals = int.Parse(await row.GetByTestId("stage-deals-cell").InnerTextAsync(), NumberStyles.AllowThousands,
            CultureInfo.InvariantCulture);
        Assert.True(deals > 0, "the demo data has deals in Proposal");
        var reason = StageMessages.HasDeals(deals);

        var delete = row.GetByTestId("stage-delete");
        await Assertions.Expect(delete).ToHaveAttributeAsync("title", $"Can't delete: {reason}");
        await delete.ClickAsync();

        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("“Proposal” can't be deleted");
        await Assertions.Expect(dialog).ToContainTextAsync(reason);
        await Assertions.Expect(dialog).Not.ToContainTextAsync("cannot be undone");
        await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true })).ToHaveCountAsync(0);
        await page.ScreenshotAsync("pipeline-settings-stage-with-deals");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "OK" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(row).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Admin_AddsAStage_MovesItUp_AndDeletesIt()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("admin@dealdesk.demo", DemoSettings.Password);
        await page.GotoAsync("/settings/pipeline");
        await page.WaitForInteractiveAsync();
        var names = page.GetByTestId("stage-name-cell");
        var before = await names.AllInnerTextsAsync();

        await page.GetByTestId("add-stage").OpenDialogAsync();
        await page.GetByTestId("stage-name").FillAsync("Demo given");
        await page.GetByTestId("stage-probability").FillAsync("55");
        await page.GetByTestId("stage-rotting").FillAsync("10");
        await page.ScreenshotAsync("pipeline-add-stage");
        await page.GetByTestId("stage-save").ClickAsync();

        var added = before.ToList();
        added.Insert(added.IndexOf("Won"), "Demo given");
        await Assertions.Expect(names).ToHaveTextAsync(added.ToArray());
        var row = page.Locator("[data-testid=stage-row][data-stage='Demo given']");
        await Assertions.Expect(row.GetByTestId("stage-probability-cell")).ToHaveTextAsync("55 %");
        await Assertions.Expect(row.GetByTestId("stage-down")).ToBeDisabledAsync();

        await row.GetByTestId("stage-up").ClickAsync();
        var moved = added.ToList();
        var at = moved.IndexOf("Demo given");
        (moved[at - 1], moved[at]) = (moved[at], moved[at - 1]);
        await Assertions.Expect(names).ToHaveTextAsync(moved.ToArray());

        await row.GetByTestId("stage-delete").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Assertions.Expect(names).ToHaveTextAsync(before.ToArray());
    }

    [Fact]
    public async Task Rep_IsRefusedThePipelineSettings_WithAClearMessage()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("rep@dealdesk.demo", DemoSettings.Password);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Pipeline settings" })).ToHaveCountAsync(0);

        // Typed into the address bar: the server refuses the page.
        await page.GotoAsync("/settings/pipeline");
        await Assertions.Expect(page.GetByTestId("access-denied")).ToContainTextAsync("You need to be a workspace admin");
        Assert.Equal("/access-denied", new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.GetByTestId("stage-table")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("pipeline-settings-refused");

        // Reached from inside the running app: the router refuses it the same way.
        await page.GotoAsync("/accounts");
        await page.WaitForInteractiveAsync();
        await page.EvaluateAsync("() => Blazor.navigateTo('/settings/pipeline')");
        await page.WaitForAddressAsync(url => new Uri(url).AbsolutePath == "/settings/pipeline");
        await Assertions.Expect(page.GetByTestId("access-denied")).ToContainTextAsync("You need to be a workspace admin");
        await Assertions.Expect(page.GetByTestId("stage-table")).ToHaveCountAsync(0);
    }

    private static Regex AccountPageUrl() => AccountPageUrlPattern();

    [GeneratedRegex("/accounts/[0-9a-f-]{36}$")]
    private static partial Regex AccountPageUrlPattern();

    private static string N0(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
