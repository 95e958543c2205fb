using DealDesk.Core.Intelligence.Health;
using DealDesk.Core.Intelligence.Qualification;
using DealDesk.Data.Intelligence.Health;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DealDesk.Tests.EndToEnd;

/// <summary>A rep works a deal's qualification on the Intelligence tab and watches its health respond.</summary>
public sealed class IntelligenceJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Rep = "rep@dealdesk.demo";

    [Fact]
    public async Task Rep_ConfirmsAMeddpiccElement_AndSeesTheHealthScoreChangeWithoutAReload()
    {
        var dealId = await ScoredDealOfTheRepAsync();
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Rep, DemoSettings.Password);

        await page.GotoAsync($"/deals/{dealId}?tab=intelligence");
        await page.WaitForInteractiveAsync();
        var score = page.GetByTestId("health-score");
        await Assertions.Expect(score).ToBeVisibleAsync();
        var before = await score.InnerTextAsync();
        var headerBadge = page.GetByTestId("header-health").GetByTestId("health-badge");
        await Assertions.Expect(headerBadge).ToHaveAttributeAsync("data-score", before.Trim());
        var qualifiedBefore = await page.GetByTestId("meddpicc-score").InnerTextAsync();
        await Assertions.Expect(page.GetByTestId("health-factor")).Not.ToHaveCountAsync(0);

        var champion = page.Locator($"[data-testid=meddpicc-element][data-element={MeddpiccElement.Champion}]");
        await champion.GetByTestId("element-status").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "Confirmed" }).ClickAsync();
        await champion.Locator("textarea").FillAsync("Dana sponsors the pilot");
        await champion.GetByTestId("save-element").ClickAsync();

        await Assertions.Expect(champion).ToHaveAttributeAsync("data-status", nameof(QualificationStatus.Confirmed));
        await Assertions.Expect(score).Not.ToHaveTextAsync(before);
        // The header's badge follows the new calculation too.
        await Assertions.Expect(headerBadge).Not.ToHaveAttributeAsync("data-score", before.Trim());
        await Assertions.Expect(page.GetByTestId("meddpicc-score")).Not.ToHaveTextAsync(qualifiedBefore);
        var qualified = (await page.GetByTestId("meddpicc-score").InnerTextAsync()).Replace("Qualified", "").Trim();
        await Assertions.Expect(page.Locator("[data-testid=factor-sentence]", new() { HasTextString = $"MEDDPICC {qualified} qualified" }))
            .ToBeVisibleAsync();
        Assert.Equal("Dana sponsors the pilot", await champion.Locator("textarea").InputValueAsync());
        await page.ScreenshotAsync("deal-intelligence");
    }

    [Fact]
    public async Task Rep_FiltersTheDealTableToCriticalDeals_ThroughTheUrl_AndSortsThemByHealth()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Rep, DemoSettings.Password);

        await page.GotoAsync("/deals?health=Critical&sort=health&dir=asc");
        await page.WaitForInteractiveAsync();
        var badges = page.Locator("[data-testid=cell-health] [data-testid=health-badge]");
        await Assertions.Expect(badges.First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("filter-health")).ToHaveValueAsync("Critical");

        var scores = new List<int>();
        foreach (var badge in await badges.AllAsync())
        {
            scores.Add(int.Parse(await badge.GetAttributeAsync("data-score") ?? "", System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.NotEmpty(scores);
        Assert.All(scores, s => Assert.InRange(s, 0, HealthBands.AtRiskFrom - 1));
        Assert.Equal(scores.Order(), scores);
        await page.ScreenshotAsync("deal-table-critical");
    }

    /// <summary>An open deal of the rep whose champion is not assessed yet, scored away from 0 and 100 so that confirming
    /// one element must move the score.</summary>
    private async Task<Guid> ScoredDealOfTheRepAsync()
    {
        var job = browser.App.Services.GetRequiredService<SystemHealthRecalculation>();
        await job.RecalculateAllOpenAsync();
        var scope = await browser.App.ScopeOfAsync(Rep);
        await using var db = browser.App.Database.CreateContext(scope);
        return await db.Deals
            .Where(d => d.WonAt == null && d.LostAt == null && d.HealthScore > 5 && d.HealthScore < 95
                && !db.DealQualifications.Any(q => q.DealId == d.Id && q.Element == MeddpiccElement.Champion))
            .OrderBy(d => d.Id)
            .Select(d => d.Id)
            .FirstAsync();
    }
}
