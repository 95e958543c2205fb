using DealDesk.Core.Deals;
using DealDesk.Data.Deals;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DealDesk.Tests.EndToEnd;

/// <summary>A rep works a deal in a real browser: adds a note and a task for the admin, sees both on the timeline,
/// completes the task with one click, and the admin's bell shows the assignment.</summary>
public sealed class DealDetailJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Rep = "rep@dealdesk.demo";
    private const string Admin = "admin@dealdesk.demo";

    [Fact]
    public async Task Rep_AddsANoteAndATask_SeesThemOnTheTimeline_CompletesTheTask_AndTheAdminIsNotified()
    {
        var deal = await RepsDealAsync();
        var adminName = await DisplayNameAsync(Admin);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var note = $"Budget confirmed by the CFO {suffix}";
        var title = $"Send the revised proposal {suffix}";
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Rep, DemoSettings.Password);

        await page.GotoAsync($"/deals/{deal.Id}?tab=tasks");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("deal-title")).ToHaveTextAsync(deal.Name);
        await Assertions.Expect(page.GetByTestId("deal-tasks-tab")).ToBeVisibleAsync();

        await page.GetByTestId("note-text").FillAsync(note);
        await page.GetByTestId("note-add").ClickAsync();
        await Assertions.Expect(page.GetByTestId("note").First).ToContainTextAsync(note);

        await page.GetByTestId("task-title").FillAsync(title);
        await page.GetByTestId("task-assignee").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = adminName }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await page.GetByTestId("task-add").ClickAsync();
        var task = page.GetByTestId("task").Filter(new() { HasTextString = title });
        await Assertions.Expect(task).ToHaveAttributeAsync("data-open", "yes");
        await Assertions.Expect(page.GetByTestId("header-next-step")).Not.ToContainTextAsync("No next step");
        await page.ScreenshotAsync("deal-tasks-notes");

        await page.Locator(".mud-tab", new() { HasTextString = "Timeline" }).ClickAsync();
        await page.WaitForAddressAsync(url => url.EndsWith("?tab=timeline", StringComparison.Ordinal));
        var entries = page.GetByTestId("timeline-entry");
        await Assertions.Expect(entries.Filter(new() { HasTextString = "Note: " + note })).ToHaveCountAsync(1);
        await Assertions.Expect(entries.Filter(new() { HasTextString = "Task created: " + title })).ToHaveCountAsync(1);
        // Newest first. The health job may add its own entry on top when the work moved the score.
        var peopleFirst = page.Locator("[data-testid=timeline-entry]:not([data-kind=HealthChanged])").First;
        await Assertions.Expect(peopleFirst).ToContainTextAsync("Task created: " + title);
        await page.ScreenshotAsync("deal-timeline");

        await page.Locator(".mud-tab", new() { HasTextString = "Tasks & notes" }).ClickAsync();
        await page.WaitForAddressAsync(url => url.EndsWith("?tab=tasks", StringComparison.Ordinal));
        await task.Locator(".mud-checkbox").First.ClickAsync();
        await Assertions.Expect(task).ToHaveAttributeAsync("data-open", "no");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        Assert.EndsWith("?tab=tasks", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(task).ToHaveAttributeAsync("data-open", "no");
        await page.ScreenshotAsync("deal-header");

        var target = deal.StageName == "Proposal" ? "Negotiation" : "Proposal";
        await page.GetByTestId("header-stage").ClickAsync();
        await page.GetByTestId("header-stage-option").Filter(new() { HasTextString = target }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("header-stage")).ToHaveTextAsync(target);
        await page.Locator(".mud-tab", new() { HasTextString = "Timeline" }).ClickAsync();
        await Assertions.Expect(peopleFirst).ToContainTextAsync($"Moved from {deal.StageName} to {target}");
        await page.ScreenshotAsync("deal-timeline-after-move");

        var adminPage = await browser.NewPageAsync();
        await adminPage.SignInAsync(Admin, DemoSettings.Password);
        await Assertions.Expect(adminPage.GetByTestId("notification-badge").Locator(".mud-badge")).ToBeVisibleAsync();
        await adminPage.GetByTestId("notification-bell").ClickAsync();
        var notification = adminPage.GetByTestId("notification").Filter(new() { HasTextString = title });
        await Assertions.Expect(notification).ToHaveAttributeAsync("data-read", "no");
        await adminPage.ScreenshotAsync("notification-bell");
        await notification.ClickAsync();
        await adminPage.WaitForAddressAsync(url => url.EndsWith($"/deals/{deal.Id}?tab=tasks", StringComparison.Ordinal));
        await Assertions.Expect(adminPage.GetByTestId("task").Filter(new() { HasTextString = title })).ToHaveCountAsync(1);
    }

    private async Task<DealRow> RepsDealAsync()
    {
        var queries = new DealQueries(new FixedScopeContextFactory(browser.App.Database, await browser.App.ScopeOfAsync(Rep)));
        return (await queries.SearchAsync(new DealSearch { PageSize = 1 })).Rows.Single();
    }

    private async Task<string> DisplayNameAsync(string email)
    {
        await using var db = browser.App.Database.CreateContext(TenantScope.None);
        return await db.Users.Where(u => u.Email == email).Select(u => u.DisplayName).SingleAsync();
    }
}
