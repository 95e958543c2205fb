using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Deals.Detail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace DealDesk.Tests.EndToEnd;

/// <summary>Leaving a page, in the app or by closing its tab, is ordinary use: it must leave nothing at Warning or above
/// in the server's log (it used to log a tab index error from the deal page and "Navigation failed" lines).</summary>
public sealed class QuietLogJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Admin = "admin@dealdesk.demo";
    private const string Rep = "rep@dealdesk.demo";

    [Fact]
    public async Task EveryMainPage_LeftInTheAppOrByClosingItsTab_LeavesNoWarningOrErrorInTheLog()
    {
        await VisitEveryMainPageAsync(Admin);
        await VisitEveryMainPageAsync(Rep);

        // Closing a tab ends its circuit on the server (the page tells it as it unloads); every component of the page
        // is disposed by then, so whatever leaving it logs has been logged.
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await browser.App.Circuits.AllClosedAsync(patience.Token);

        var problems = browser.App.Log.Entries.Where(e => e.Level >= LogLevel.Warning).ToList();
        Assert.True(problems.Count == 0,
            $"The app logged {problems.Count} warning(s) or error(s):\n" +
            string.Join("\n", problems.Select(e => $"[{e.Level}] {e.Category}: {e.Message}{(e.Exception is null ? "" : "\n  " + e.Exception)}")));
    }

    /// <summary>Signs in as <paramref name="email"/> and, in a tab of its own for each main page, waits until the page
    /// is interactive, leaves it through the menu, comes back with a full load (which ends the first circuit) and
    /// closes the tab; finally closes the browser context.</summary>
    private async Task VisitEveryMainPageAsync(string email)
    {
        var signIn = await browser.NewPageAsync();
        await signIn.SignInAsync(email, DemoSettings.Password);
        var context = signIn.Context;
        foreach (var url in await MainPagesAsync(email))
        {
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(url);
            await tab.WaitForInteractiveAsync();

            var elsewhere = url == "/" ? "/deals" : "/";
            await tab.Locator($"nav a[href='{elsewhere}']").ClickAsync();
            await tab.WaitForAddressAsync(u => new Uri(u).PathAndQuery == elsewhere);
            await tab.WaitForInteractiveAsync();

            await tab.GotoAsync(url);
            await tab.WaitForInteractiveAsync();
            await tab.CloseAsync();
        }

        await signIn.CloseAsync();
        await context.CloseAsync();
    }

    /// <summary>The app's main pages as <paramref name="email"/> sees them, with one record of each kind.</summary>
    private async Task<IReadOnlyList<string>> MainPagesAsync(string email)
    {
        await using var db = browser.App.Database.CreateContext(await browser.App.ScopeOfAsync(email));
        var deal = await db.Deals.Select(d => d.Id).FirstAsync();
        var account = await db.Accounts.Select(a => a.Id).FirstAsync();
        var contact = await db.Contacts.Select(c => c.Id).FirstAsync();
        var kpi = await db.Kpis.Select(k => k.Id).FirstAsync();
        var circle = await db.Circles.Select(c => c.Id).FirstAsync();
        return
        [
            "/", "/deals", .. DealTab.All.Select(tab => DealTab.Url(deal, tab)), "/pipeline",
            "/accounts", $"/accounts/{account}", "/contacts", $"/contacts/{contact}", "/contacts/import",
            "/kpis", $"/kpis/{kpi}", "/circles", $"/circles/{circle}", "/settings/pipeline",
        ];
    }
}
