using System.Text.RegularExpressions;
using DealDesk.Core.Accounts;
using DealDesk.Core.Common;
using DealDesk.Data.Accounts;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

namespace DealDesk.Tests.EndToEnd;

/// <summary>A rep meets clean forms with the cursor where typing goes, sorts the account list by any of its headers,
/// and keeps the circle switcher and the board's "Load more" usable on a phone and a laptop.</summary>
public sealed class FormsAndLayoutJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Rep = "rep@dealdesk.demo";

    [Fact]
    public async Task CKey_OpensNewDeal_WithTheCursorInName_SoTypingFillsIt_AndNoErrorShown()
    {
        var page = await SignedInAsync("/deals");
        await Assertions.Expect(page.GetByTestId("cell-name").First).ToBeVisibleAsync();

        await page.GetByText("Every deal in your circles").ClickAsync();
        await page.Keyboard.PressAsync("c");
        var name = page.GetByTestId("deal-name");
        await Assertions.Expect(name).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Acme expansion");

        await Assertions.Expect(name).ToHaveValueAsync("Acme expansion");
        var dialog = page.GetByTestId("deal-dialog");
        await Assertions.Expect(dialog.Locator(".mud-input-error")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("deal-dialog-typed-after-c");

        await name.FillAsync("");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(dialog).ToContainTextAsync("Name is required.");
    }

    [Fact]
    public async Task NewAccountAndNewContact_OpenWithTheCursorInName_AndNoError_UntilSave()
    {
        var page = await SignedInAsync("/accounts");
        await page.GetByTestId("new-account").OpenDialogAsync();
        await Assertions.Expect(page.GetByTestId("account-name")).ToBeFocusedAsync();
        var accountDialog = page.GetByTestId("account-dialog");
        await Assertions.Expect(accountDialog.Locator(".mud-input-error")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("account-dialog-open");
        await page.GetByTestId("account-save").ClickAsync();
        await Assertions.Expect(accountDialog).ToContainTextAsync("Name is required.");

        // A member of a circle may not add contacts; its moderator may.
        page = await browser.NewPageAsync();
        await page.SignInAsync("moderator@dealdesk.demo", DemoSettings.Password);
        await page.GotoAsync("/contacts");
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("new-contact").OpenDialogAsync();
        await Assertions.Expect(page.GetByTestId("contact-name")).ToBeFocusedAsync();
        var contactDialog = page.GetByTestId("contact-dialog");
        await Assertions.Expect(contactDialog.Locator(".mud-input-error")).ToHaveCountAsync(0);
        await page.GetByTestId("contact-save").ClickAsync();
        await Assertions.Expect(contactDialog).ToContainTextAsync("Email is required.");
    }

    [Theory]
    [InlineData("Name", AccountSortField.Name)]
    [InlineData("Industry", AccountSortField.Industry)]
    [InlineData("Size", AccountSortField.Size)]
    [InlineData("Deals", AccountSortField.DealCount)]
    [InlineData("Open deals", AccountSortField.OpenDealCount)]
    [InlineData("Open value", AccountSortField.OpenValue)]
    public async Task EverySortableAccountHeader_SortsTheWholeList(string header, AccountSortField field)
    {
        var accounts = new AccountService(
            new FixedScopeContextFactory(browser.App.Database, await browser.App.ScopeOfAsync(Rep)),
            NullLogger<AccountService>.Instance);
        var page = await SignedInAsync("/accounts");
        await Assertions.Expect(page.GetByTestId("account-link").First).ToBeVisibleAsync();
        var headerCell = page.Locator("th .sortable-column-header", new() { HasTextRegex = new Regex($"^{header}$") });

        // Name starts sorted A to Z, so its first click turns it around; every other column starts ascending.
        var descending = field == AccountSortField.Name;
        if (descending)
        {
            await headerCell.ClickAsync();
        }

        await headerCell.ClickAsync();
        var sort = field.ToString().ToLowerInvariant();
        await page.WaitForAddressAsync(url => new Uri(url).Query.Contains($"sort={sort}", StringComparison.Ordinal)
            && new Uri(url).Query.Contains("dir=desc", StringComparison.Ordinal) == descending);
        var expected = (await accounts.SearchAsync(null, 0, 25, new AccountSort(field, descending))).Rows;
        await Assertions.Expect(page.GetByTestId("account-link")).ToHaveTextAsync(expected.Select(r => r.Name).ToArray());
        await page.ScreenshotAsync($"accounts-sorted-{sort}");
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1400, 900)]
    public async Task TheCircleSwitcher_StaysUsableInTheAppBar(int width, int height)
    {
        var page = await SignedInAsync("/contacts");
        await page.SetViewportSizeAsync(width, height);
        var switcher = page.GetByTestId("circle-switcher");
        await Assertions.Expect(switcher).ToBeVisibleAsync();
        await page.ScreenshotAsync($"app-bar-{width}");
        await Assertions.Expect(switcher).ToBeInViewportAsync(new() { Ratio = 1 });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Toggle dark mode" }))
            .ToBeInViewportAsync(new() { Ratio = 1 });
        var box = await switcher.BoundingBoxAsync();
        Assert.True(box is { Width: >= 110 }, $"the switcher is wide enough to read a circle's name at {width} px ({box?.Width})");

        await switcher.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Growth Team" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("contacts-circle")).ToContainTextAsync("Growth Team");
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1400, 900)]
    [InlineData(1366, 600)]
    public async Task LoadMore_NeverCoversTheLastCardOfItsColumn(int width, int height)
    {
        var page = await SignedInAsync("/pipeline");
        await page.SetViewportSizeAsync(width, height);
        var loadMore = page.GetByTestId("load-more").First;
        await Assertions.Expect(loadMore).ToBeVisibleAsync();
        var column = page.GetByTestId("board-column").Filter(new() { Has = page.GetByTestId("load-more") }).First;
        var lastCard = column.Locator(".board-card-slot").Last;
        await lastCard.ScrollIntoViewIfNeededAsync();
        await loadMore.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync($"pipeline-load-more-{width}x{height}");

        var card = await lastCard.BoundingBoxAsync();
        var button = await loadMore.BoundingBoxAsync();
        Assert.NotNull(card);
        Assert.NotNull(button);
        Assert.True(card.Y + card.Height <= button.Y + 0.5,
            $"the last card ends at {card.Y + card.Height}, above the button at {button.Y}");
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1400, 900)]
    public async Task ALongWebsite_WrapsOnTheAccountPage_InsteadOfBeingCut(int width, int height)
    {
        var admin = new AccountService(
            new FixedScopeContextFactory(browser.App.Database, await browser.App.ScopeOfAsync("admin@dealdesk.demo")),
            NullLogger<AccountService>.Instance);
        var website = "https://www.a-very-long-company-name-that-goes-on-" + Guid.NewGuid().ToString("N")[..8]
            + ".example.com/about/our-offices";
        var created = await admin.CreateAsync(new AccountDraft { Name = "Long Web " + Guid.NewGuid().ToString("N")[..6], Website = website });
        Assert.True(created.Succeeded, string.Join("; ", created.AllMessages()));

        var page = await SignedInAsync($"/accounts/{created.Value}");
        await page.SetViewportSizeAsync(width, height);
        var cell = page.GetByTestId("account-website");
        await Assertions.Expect(cell).ToHaveTextAsync(website);
        await page.ScreenshotAsync($"account-long-website-{width}");

        // Whole: nothing of it hidden or scrolled away inside its cell or its card.
        Assert.True(await cell.EvaluateAsync<bool>("c => c.scrollWidth <= c.clientWidth"), "the website fits its cell");
        Assert.True(await page.GetByTestId("account-details").EvaluateAsync<bool>("d => d.scrollWidth <= d.clientWidth"),
            "the details card is not pushed wider than itself");
    }

    private async Task<IPage> SignedInAsync(string path)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Rep, DemoSettings.Password);
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
        return page;
    }
}
