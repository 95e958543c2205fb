using System.Globalization;
using System.Text.RegularExpressions;
using DealDesk.Core.Contacts;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DealDesk.Tests.EndToEnd;

/// <summary>The contact manager in a real browser: a moderator creates a contact and writes its history, a member
/// works contacts but is not offered what only moderators may do, and the funnel board moves a contact by drag.</summary>
public sealed partial class ContactsJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Moderator_CreatesAContact_OpensIt_AddsANote_AndSeesItAtTheTopOfTheHistory()
    {
        var page = await browser.NewPageAsync();
        var name = "Journey Contact " + Guid.NewGuid().ToString("N")[..6];
        await page.SignInAsync("moderator@dealdesk.demo", DemoSettings.Password);

        await page.GotoAsync("/contacts");
        await page.WaitForInteractiveAsync();
        await page.WaitForAddressAsync(url => new Uri(url).Query.Contains("circle=", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("cell-name").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("contacts");

        await page.GetByTestId("new-contact").OpenDialogAsync();
        await page.GetByTestId("contact-name").FillAsync(name);
        await page.GetByTestId("contact-email").FillAsync("not-an-email");
        await page.GetByTestId("contact-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("contact-dialog")).ToContainTextAsync("Email must be a valid address");
        await page.GetByTestId("contact-email").FillAsync($"{name.Replace(' ', '.')}@journey.example");
        await page.GetByTestId("contact-phone").FillAsync("+1 555 010 0199");
        await page.GetByTestId("contact-company").FillAsync("Journey Analytics");
        // The corrected email must have been validated again before saving, or the save still sees the old error.
        await Assertions.Expect(page.GetByTestId("contact-dialog")).Not.ToContainTextAsync("Email must be a valid address");
        await page.GetByTestId("contact-save").ClickAsync();

        await page.WaitForAddressAsync(ContactPageUrl().IsMatch);
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("contact-title")).ToHaveTextAsync(name);
        await Assertions.Expect(page.GetByTestId("contact-notes-empty")).ToBeVisibleAsync();
        await page.GetByTestId("contact-note-text").FillAsync("First call: wants a demo next week.");
        await page.GetByTestId("contact-note-add").ClickAsync();
        await Assertions.Expect(page.GetByTestId("contact-note-body").First).ToHaveTextAsync("First call: wants a demo next week.");
        await page.GetByTestId("contact-note-text").FillAsync("Demo booked for Tuesday.");
        await page.GetByTestId("contact-note-add").ClickAsync();

        await Assertions.Expect(page.GetByTestId("contact-note-body"))
            .ToHaveTextAsync(["Demo booked for Tuesday.", "First call: wants a demo next week."]);
        await Assertions.Expect(page.GetByTestId("contact-latest-note")).ToHaveTextAsync("Demo booked for Tuesday.");
        await Assertions.Expect(page.GetByTestId("delete-contact")).ToBeVisibleAsync();
        await page.ScreenshotAsync("contact");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("contact-note-body").First).ToHaveTextAsync("Demo booked for Tuesday.");
    }

    [Fact]
    public async Task Member_CanEditAndAddNotes_ButIsNotOfferedDeleteOrNewContact()
    {
        var contact = await AnyContactAsync("Enterprise Team");
        var page = await browser.NewPageAsync();
        await page.SignInAsync("rep@dealdesk.demo", DemoSettings.Password);

        await page.GotoAsync($"/contacts/{contact.Id}");
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(page.GetByTestId("contact-title")).ToHaveTextAsync(contact.Name);
        await Assertions.Expect(page.GetByTestId("edit-contact")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("contact-note-text")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("delete-contact")).ToHaveCountAsync(0);
        await page.WaitForAddressAsync(url => new Uri(url).Query == $"?circle={contact.CircleId}");

        await page.GotoAsync($"/contacts?circle={contact.CircleId}");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("cell-name").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("export-csv")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("new-contact")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("import-csv")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AContactOfACircleTheUserIsNotIn_ShowsTheNotFoundPage()
    {
        var contact = await AnyContactAsync("Partner Team");
        var page = await browser.NewPageAsync();
        await page.SignInAsync("rep@dealdesk.demo", DemoSettings.Password);

        await page.GotoAsync($"/contacts/{contact.Id}");

        await Assertions.Expect(page.GetByText("Nothing here")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Moderator_DragsAContactToTheNextFunnelStage_AndTheCountsFollow()
    {
        var contact = await AnyContactAsync("Enterprise Team");
        // The next column: side by side with the card's own, so both are on screen for the drag.
        var target = contact.FunnelStage == FunnelStage.ClosedLost ? FunnelStage.ClosedWon : contact.FunnelStage + 1;
        var page = await browser.NewPageAsync();
        await page.SignInAsync("moderator@dealdesk.demo", DemoSettings.Password);
        await page.GotoAsync($"/contacts?circle={contact.CircleId}&view=funnel");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("funnel-column")).ToHaveCountAsync(Enum.GetValues<FunnelStage>().Length);
        var card = page.Locator($"[data-testid=funnel-card][data-contact='{contact.Id}']");
        await Assertions.Expect(card).ToBeVisibleAsync();
        var before = int.Parse(await Count(page, target).InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        await page.ScreenshotAsync("contacts-funnel");

        var zone = page.Locator($"[data-testid=funnel-zone][data-stage={target}]");
        await zone.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(card).ToBeInViewportAsync();
        await card.DragToAsync(zone);

        await Assertions.Expect(Count(page, target)).ToHaveTextAsync((before + 1).ToString("N0", CultureInfo.InvariantCulture));
        await Assertions.Expect(zone.Locator($"[data-contact='{contact.Id}']")).ToBeVisibleAsync();
        await using var db = browser.App.Database.CreateContext(TenantScope.None);
        Assert.Equal(target,
            await db.Contacts.IgnoreQueryFilters().Where(c => c.Id == contact.Id).Select(c => c.FunnelStage).SingleAsync());
    }

    [Fact]
    public async Task Member_CreatesADealFromALead_AndLandsOnTheNewDeal()
    {
        var contact = await AnyContactAsync("Enterprise Team");
        var page = await browser.NewPageAsync();
        await page.SignInAsync("rep@dealdesk.demo", DemoSettings.Password);
        await page.GotoAsync($"/contacts/{contact.Id}");
        await page.WaitForInteractiveAsync();

        await page.GetByTestId("create-deal").ClickAsync();

        await page.WaitForAddressAsync(DealPageUrl().IsMatch);
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("deal-title")).ToHaveTextAsync($"{contact.Name} \u2013 Opportunity");
        await Assertions.Expect(page.GetByTestId("header-account")).ToHaveTextAsync(contact.Company!);
    }

    [Fact]
    public async Task TheCircleSwitcher_ShowsTheOtherCirclesContacts_AndPutsItInTheUrl()
    {
        var growth = await AnyContactAsync("Growth Team");
        var page = await browser.NewPageAsync();
        await page.SignInAsync("rep@dealdesk.demo", DemoSettings.Password);
        var enterprise = await AnyContactAsync("Enterprise Team");
        await page.GotoAsync($"/contacts?circle={enterprise.CircleId}");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("contacts-circle")).ToContainTextAsync("Enterprise Team");

        await page.GetByTestId("circle-switcher").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Growth Team" }).ClickAsync();

        await page.WaitForAddressAsync(url => new Uri(url).Query.Contains($"circle={growth.CircleId}", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("contacts-circle")).ToContainTextAsync("Growth Team");
        await Assertions.Expect(page.GetByTestId("cell-name").GetByText(growth.Name, new() { Exact = true })).ToBeVisibleAsync();
    }

    private static ILocator Count(IPage page, FunnelStage stage) =>
        page.Locator($"[data-testid=funnel-column][data-stage={stage}] [data-testid=funnel-column-count]");

    /// <summary>A demo contact of the circle that is first on its funnel column (the most recently contacted of its
    /// stage), from the seeded ones (not the journeys' own).</summary>
    private async Task<Contact> AnyContactAsync(string circle)
    {
        var admin = await browser.App.ScopeOfAsync("admin@dealdesk.demo");
        await using var db = browser.App.Database.CreateContext(admin);
        var circleId = await db.Circles.Where(c => c.Name == circle).Select(c => c.Id).SingleAsync();
        var firsts = (await db.Contacts.Where(c => c.CircleId == circleId).ToListAsync())
            .GroupBy(c => c.FunnelStage)
            .Select(g => g.OrderByDescending(c => c.LastContactAt).First())
            .Where(c => !c.Email.EndsWith("@journey.example", StringComparison.Ordinal))
            .OrderBy(c => c.FunnelStage);
        return firsts.First();
    }

    [GeneratedRegex(@"/contacts/[0-9a-f-]{36}")]
    private static partial Regex ContactPageUrl();

    [GeneratedRegex(@"/deals/[0-9a-f-]{36}")]
    private static partial Regex DealPageUrl();
}
