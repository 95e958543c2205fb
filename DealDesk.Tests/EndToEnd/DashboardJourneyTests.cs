using System.Globalization;
using DealDesk.Core.Dashboard;
using DealDesk.Data.Dashboard;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using Microsoft.Playwright;

namespace DealDesk.Tests.EndToEnd;

/// <summary>A person signs in and reads the dashboard, in a real browser against the real app.</summary>
public sealed class DashboardJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Rep_SignsIn_AndSeesTheFiguresOfTheirCircles()
    {
        var page = await browser.NewPageAsync();
        var expected = await ExpectedSummaryAsync("rep@dealdesk.demo");

        await page.SignInAsync("rep@dealdesk.demo", DemoSettings.Password);

        await Assertions.Expect(page.GetByTestId("workspace-name")).ToHaveTextAsync("Acme Sales");
        await Assertions.Expect(page.GetByTestId("open-deals-value")).ToHaveTextAsync(N0(expected.OpenDealCount));
        await Assertions.Expect(page.GetByTestId("won-30-value")).ToHaveTextAsync(N0(expected.WonLast30DaysCount));
        await Assertions.Expect(page.GetByTestId("kpi-count-value")).ToHaveTextAsync(N0(expected.KpiCount));
        await Assertions.Expect(page.GetByTestId("stage-count"))
            .ToHaveTextAsync(expected.OpenStages.Select(s => N0(s.DealCount)).ToArray());
        Assert.True(expected.OpenDealCount > 0, "the demo data gives the rep open deals to look at");
        await page.ScreenshotAsync("dashboard-rep");
    }

    [Fact]
    public async Task GlobexAdmin_SeesOnlyGlobex()
    {
        var page = await browser.NewPageAsync();
        var expected = await ExpectedSummaryAsync("admin@globex.demo");

        await page.SignInAsync("admin@globex.demo", DemoSettings.Password);

        await Assertions.Expect(page.GetByTestId("workspace-name")).ToHaveTextAsync("Globex");
        await Assertions.Expect(page.GetByTestId("open-deals-value")).ToHaveTextAsync(N0(expected.OpenDealCount));
        await Assertions.Expect(page.GetByTestId("open-value-caption")).ToContainTextAsync("€");
    }

    [Fact]
    public async Task SigningOut_ReturnsToTheSignInPage_AndTheDashboardIsClosed()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("moderator@dealdesk.demo", DemoSettings.Password);

        await page.GetByTestId("user-menu").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForAddressAsync(url => new Uri(url).AbsolutePath == "/Account/Login");
        await page.GotoAsync("/");

        Assert.Equal("/Account/Login", new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.GetByText("Sign in to your workspace")).ToBeVisibleAsync();
        await page.ScreenshotAsync("sign-in");
    }

    [Fact]
    public async Task DarkModeToggle_SwitchesThePageToADarkBackgroundAndBack()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("rep@dealdesk.demo", DemoSettings.Password);
        var toggle = page.GetByTitle("Toggle dark mode");

        var light = await BackgroundLuminanceAsync(page);
        await toggle.ClickAsync();
        await page.WaitForFunctionAsync($"() => {LuminanceScript} < 0.3");
        var dark = await BackgroundLuminanceAsync(page);
        await page.ScreenshotAsync("dashboard-dark");
        await toggle.ClickAsync();
        await page.WaitForFunctionAsync($"() => {LuminanceScript} > 0.7");

        Assert.True(light > 0.7, $"light mode background luminance {light}");
        Assert.True(dark < 0.3, $"dark mode background luminance {dark}");
    }

    // Relative brightness (0 black … 1 white) of the page background, from its computed rgb() colour.
    private const string LuminanceScript =
        "(getComputedStyle(document.body).backgroundColor.match(/\\d+/g).slice(0, 3).map(Number)" +
        ".reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0) / 255)";

    private static Task<double> BackgroundLuminanceAsync(IPage page) =>
        page.EvaluateAsync<double>($"() => {LuminanceScript}");

    private async Task<DashboardSummary> ExpectedSummaryAsync(string email)
    {
        var scope = await browser.App.ScopeOfAsync(email);
        var service = new DashboardService(new FixedScopeContextFactory(browser.App.Database, scope), TimeProvider.System);
        return await service.GetSummaryAsync();
    }

    private static string N0(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
