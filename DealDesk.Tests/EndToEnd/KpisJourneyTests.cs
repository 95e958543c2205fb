using DealDesk.Core.Kpis;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DealDesk.Tests.EndToEnd;

/// <summary>The KPI dashboard in a real browser: a member records a higher value and sees the up arrow and the new
/// value without a reload, and has no Delete; a moderator creates and deletes a KPI; a KPI's page charts its history
/// over the period in the URL; a KPI of another workspace is not found.</summary>
public sealed class KpisJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Member_UpdatesAValueUpward_SeesTheUpArrowAndTheNewValue_AndNoDelete()
    {
        var kpi = await FirstKpiOfAsync("rep@dealdesk.demo", "Enterprise Team");
        var higher = Math.Round(kpi.CurrentValue * 1.1m + 1.5m, 2);
        var page = await browser.NewPageAsync();
        await page.SignInAsync("rep@dealdesk.demo", DemoSettings.Password);

        await page.GotoAsync("/kpis");
        await page.WaitForInteractiveAsync();
        await page.WaitForAddressAsync(url => new Uri(url).Query.Contains("circle=", StringComparison.Ordinal));
        var card = page.Locator($"[data-testid=kpi-card][data-kpi='{kpi.Name}']");
        await Assertions.Expect(card.GetByTestId("kpi-value")).ToHaveTextAsync(KpiFormat.Value(kpi.CurrentValue, kpi.Unit));
        await Assertions.Expect(page.GetByTestId("kpi-update").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("kpi-delete")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("new-kpi")).ToHaveCountAsync(0);

        await card.GetByTestId("kpi-update").ClickAsync();
        var input = card.GetByTestId("kpi-value-input");
        await input.FillAsync("");
        await Assertions.Expect(card).ToContainTextAsync("Enter a value.");
        await input.FillAsync(higher.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await card.GetByTestId("kpi-value-save").ClickAsync();

        await Assertions.Expect(card.GetByTestId("kpi-value")).ToHaveTextAsync(KpiFormat.Value(higher, kpi.Unit));
        await Assertions.Expect(card.GetByTestId("kpi-trend")).ToHaveAttributeAsync("data-trend", "up");
        await Assertions.Expect(card.GetByTestId("kpi-change"))
            .ToHaveTextAsync(KpiFormat.Change(KpiMath.PercentChange(kpi.CurrentValue, higher)));
        await page.ScreenshotAsync("kpis");

        await using var db = browser.App.Database.CreateContext(await browser.App.ScopeOfAsync("rep@dealdesk.demo"));
        Assert.Equal(higher, await db.Kpis.Where(k => k.Id == kpi.Id).Select(k => k.CurrentValue).SingleAsync());
    }

    [Fact]
    public async Task Member_SwitchesCircle_AndTheDashboardAndItsUrlFollow()
    {
        var growth = await FirstKpiOfAsync("rep@dealdesk.demo", "Growth Team");
        var page = await browser.NewPageAsync();
        await page.SignInAsync("rep@dealdesk.demo", DemoSettings.Password);
        await page.GotoAsync("/kpis?circle=not-a-guid&sort=-complete");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("kpis-circle")).ToHaveTextAsync("Enterprise Team");

        await page.GetByTestId("circle-switcher").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "Growth Team" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("kpis-circle")).ToHaveTextAsync("Growth Team");
        await page.WaitForAddressAsync(url => new Uri(url).Query == $"?circle={growth.CircleId}&sort=-complete");
        await Assertions.Expect(page.Locator($"[data-testid=kpi-card][data-kpi='{growth.Name}']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Moderator_CreatesAKpi_SeesDelete_AndDeletesItAfterConfirming()
    {
        var name = "Journey referrals " + Guid.NewGuid().ToString("N")[..6];
        var page = await browser.NewPageAsync();
        await page.SignInAsync("moderator@dealdesk.demo", DemoSettings.Password);
        await page.GotoAsync("/kpis");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("kpi-delete").First).ToBeVisibleAsync();

        await page.GetByTestId("new-kpi").OpenDialogAsync();
        await page.GetByTestId("kpi-dialog-name").FillAsync(name);
        await page.GetByTestId("kpi-dialog-value").FillAsync("12");
        await page.GetByTestId("kpi-dialog-target").FillAsync("48");
        await page.GetByTestId("kpi-dialog-save").ClickAsync();
        var card = page.Locator($"[data-testid=kpi-card][data-kpi='{name}']");
        await Assertions.Expect(card.GetByTestId("kpi-percent")).ToHaveTextAsync("25.0% complete");
        await Assertions.Expect(card.GetByTestId("kpi-trend")).ToHaveAttributeAsync("data-trend", "neutral");
        await page.ScreenshotAsync("kpis-moderator");

        await card.GetByTestId("kpi-delete").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("history");
        await page.ScreenshotAsync("kpi-delete-confirmation");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Assertions.Expect(card).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task KpiPage_ChartsTheHistory_AndThePeriodIsInTheUrl()
    {
        var kpi = await FirstKpiOfAsync("rep@dealdesk.demo", "Growth Team");
        var page = await browser.NewPageAsync();
        await page.SignInAsync("rep@dealdesk.demo", DemoSettings.Password);

        await page.GotoAsync($"/kpis/{kpi.Id}?days=nonsense");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("kpi-title")).ToHaveTextAsync(kpi.Name);
        await Assertions.Expect(page.GetByTestId("kpi-days").Locator(".mud-toggle-item", new() { HasTextString = "30 days" }))
            .ToHaveClassAsync(new System.Text.RegularExpressions.Regex("selected"));
        await page.GotoAsync($"/kpis/{kpi.Id}?days=90");
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(page.GetByTestId("kpi-title")).ToHaveTextAsync(kpi.Name);
        await page.ScreenshotAsync("kpi-detail");
        await Assertions.Expect(page.GetByTestId("kpi-history-chart").Locator(".mud-chart svg").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("kpi-history-chart")).ToContainTextAsync("Target");
        await Assertions.Expect(page.GetByTestId("kpi-history-value").First).ToHaveTextAsync(KpiFormat.Value(kpi.CurrentValue, kpi.Unit));
        await page.ScreenshotAsync("kpi-detail");

        await page.GetByTestId("kpi-days").GetByText("7 days").ClickAsync();
        await page.WaitForAddressAsync(url => new Uri(url).Query == "?days=7");
        await Assertions.Expect(page.GetByTestId("kpi-history-table")).ToContainTextAsync("entries in this period");
    }

    [Fact]
    public async Task KpiOfAnotherWorkspace_ShowsTheNotFoundPage()
    {
        var globex = await browser.App.ScopeOfAsync("admin@globex.demo");
        await using var db = browser.App.Database.CreateContext(globex);
        var foreign = await db.Kpis.Select(k => k.Id).FirstAsync();
        var page = await browser.NewPageAsync();
        await page.SignInAsync("admin@dealdesk.demo", DemoSettings.Password);

        await page.GotoAsync($"/kpis/{foreign}");

        await Assertions.Expect(page.GetByText("Nothing here")).ToBeVisibleAsync();
    }

    private async Task<Kpi> FirstKpiOfAsync(string email, string circleName)
    {
        await using var db = browser.App.Database.CreateContext(await browser.App.ScopeOfAsync(email));
        return await db.Kpis.Where(k => db.Circles.Any(c => c.Id == k.CircleId && c.Name == circleName))
            .OrderBy(k => k.Name).FirstAsync();
    }
}
