using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Core.Plans;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Plans;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

namespace DealDesk.Tests.EndToEnd;

/// <summary>A rep maps a deal's stakeholders and keeps its plan, in a real browser against the real app.</summary>
public sealed class StakeholdersJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Rep = "rep@dealdesk.demo";

    [Fact]
    public async Task Rep_AddsAVp_SeesTheHeuristic_MarksThemChampion_AndTheNoChampionWarningGoes()
    {
        var dealId = await DealWithoutChampionAsync();
        var name = "Val Vega " + Guid.NewGuid().ToString("N")[..4];
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Rep, DemoSettings.Password);

        await page.GotoAsync($"/deals/{dealId}?tab=stakeholders");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("warning-NoChampion")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("power-grid")).ToBeVisibleAsync();
        await page.ScreenshotAsync("stakeholders-before");

        await page.GetByTestId("stakeholder-add").OpenDialogAsync();
        await page.GetByTestId("stakeholder-name").FillAsync(name);
        await page.GetByTestId("stakeholder-title").FillAsync("VP Sales");
        await Assertions.Expect(page.GetByTestId("slider-DecisionPower-note"))
            .ToHaveTextAsync("heuristic: VP title suggests high decision power");
        await page.ScreenshotAsync("stakeholder-add-dialog");
        await page.GetByTestId("stakeholder-save").ClickAsync();

        var card = page.Locator($"[data-testid=stakeholder-card][data-name='{name}']");
        await Assertions.Expect(card).ToHaveCountAsync(1);
        await Assertions.Expect(card.GetByTestId("score-power-value")).ToHaveTextAsync("7");
        await Assertions.Expect(card.GetByTestId("score-power-evidence")).ToHaveTextAsync("VP title suggests high decision power");
        await Assertions.Expect(page.GetByTestId("warning-NoChampion")).ToBeVisibleAsync();

        await card.GetByTestId("stakeholder-edit").OpenDialogAsync();
        await page.GetByTestId("stakeholder-roles").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "Champion" }).ClickAsync();
        // Close the list with a click on the dialog's title, beside the list (the select's overlay takes it).
        var title = await page.Locator(".mud-dialog-title").BoundingBoxAsync();
        await page.Mouse.ClickAsync(title!.X + 10, title.Y + 10);
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await page.Locator("[data-testid=slider-Relationship] input[type=range]").FillAsync("8");
        await Assertions.Expect(page.GetByTestId("slider-Relationship-note")).ToHaveTextAsync("You override the heuristic");
        await page.GetByTestId("stakeholder-save").ClickAsync();

        await Assertions.Expect(card.GetByTestId("stakeholder-role")).ToHaveTextAsync(["Champion"]);
        await Assertions.Expect(card.GetByTestId("score-relationship-value")).ToHaveTextAsync("8");
        await Assertions.Expect(card.GetByTestId("score-power-value")).ToHaveTextAsync("7");
        await Assertions.Expect(page.GetByTestId("warning-NoChampion")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-role=Champion] [data-testid=stakeholder-card]", new() { HasTextString = name }))
            .ToHaveCountAsync(1);
        await page.ScreenshotAsync("stakeholders-after");
    }

    [Fact]
    public async Task Rep_SavesThePlanTwice_AndViewsVersionOneReadOnly()
    {
        var dealId = await DealWithoutChampionAsync();
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Rep, DemoSettings.Password);

        await page.GotoAsync($"/deals/{dealId}?tab=plan");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("plan-version-label")).ToBeVisibleAsync();
        await page.GetByTestId("plan-prefill").ClickAsync();
        await Assertions.Expect(page.GetByTestId("plan-deal-name")).Not.ToHaveValueAsync("");
        await page.GetByTestId("plan-confidence").FillAsync("35");
        await page.GetByTestId("action-add").ClickAsync();
        await page.GetByTestId("action-description").FillAsync("Book the security review");
        await page.GetByTestId("plan-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("plan-saved")).ToHaveTextAsync("Version 1 saved.");

        await page.GetByTestId("plan-confidence").FillAsync("80");
        await page.GetByTestId("plan-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("plan-saved")).ToHaveTextAsync("Version 2 saved.");
        await page.ScreenshotAsync("plan-version-2");

        await page.GetByTestId("plan-version-select").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "Version 1 ·" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("plan-read-only")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("plan-confidence")).ToHaveValueAsync("35");
        await Assertions.Expect(page.GetByTestId("plan-save")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("action-description")).ToHaveValueAsync("Book the security review");
        await page.ScreenshotAsync("plan-version-1");

        // Someone else saves version 3 meanwhile: a save on top of version 2 is refused, and nothing is overwritten.
        await page.GetByTestId("plan-back-to-latest").ClickAsync();
        var admin = await browser.App.ScopeOfAsync("admin@dealdesk.demo");
        var other = new OpportunityPlanService(new FixedScopeContextFactory(browser.App.Database, admin),
            new TestCurrentUser(admin), TimeProvider.System, new RecordingChangeFeed(), NullLogger<OpportunityPlanService>.Instance);
        Assert.Equal(3, (await other.SaveAsync(dealId, new OpportunityPlan { Confidence = 10 }, basedOn: 2)).Value);
        await page.GetByTestId("plan-confidence").FillAsync("90");
        await page.GetByTestId("plan-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("plan-error")).ToHaveTextAsync(PlanMessages.Conflict);
        await page.ScreenshotAsync("plan-conflict");
        await page.GetByTestId("plan-reload").ClickAsync();
        await Assertions.Expect(page.GetByTestId("plan-confidence")).ToHaveValueAsync("10");
        await Assertions.Expect(page.GetByTestId("plan-save")).ToHaveTextAsync("Save as version 4");
    }

    [Fact]
    public async Task Rep_SavesAnAccountPlanTwice_AndViewsVersionOne_WithTheDealListStillThere()
    {
        var scope = await browser.App.ScopeOfAsync(Rep);
        Guid accountId;
        await using (var db = browser.App.Database.CreateContext(scope))
        {
            accountId = await db.Accounts.Where(a => !db.AccountPlanVersions.Any(v => v.AccountId == a.Id))
                .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        }

        var page = await browser.NewPageAsync();
        await page.SignInAsync(Rep, DemoSettings.Password);
        await page.GotoAsync($"/accounts/{accountId}");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("account-plan")).ToBeVisibleAsync();

        await page.GetByTestId("account-plan-tech").FillAsync("Postgres, Kafka");
        await page.GetByText("Relationship history").ClickAsync();
        await page.GetByTestId("account-plan-add-event").ClickAsync();
        await page.Locator("[data-testid=account-plan-events] input[placeholder='What happened']").FillAsync("Signed the pilot");
        await page.GetByText("Strategic positioning and active opportunities").ClickAsync();
        await Assertions.Expect(page.GetByTestId("account-plan-positioning")).ToBeVisibleAsync();
        await page.ScreenshotAsync("account-plan-sections");
        await page.GetByTestId("account-plan-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("account-plan-saved")).ToHaveTextAsync("Version 1 saved.");
        await page.GetByTestId("account-plan-tech").FillAsync("Postgres, Kafka, Snowflake");
        await page.GetByTestId("account-plan-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("account-plan-saved")).ToHaveTextAsync("Version 2 saved.");

        await page.GetByTestId("account-plan").GetByTestId("plan-version-select").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "Version 1 ·" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("account-plan").GetByTestId("plan-read-only")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("account-plan-tech")).ToHaveValueAsync("Postgres, Kafka");
        await Assertions.Expect(page.GetByTestId("account-plan-save")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("account-title")).ToBeVisibleAsync();
        await page.ScreenshotAsync("account-plan");
    }

    /// <summary>An open deal the rep sees, whose account's map has people but no champion, and no plan yet.</summary>
    private async Task<Guid> DealWithoutChampionAsync()
    {
        var scope = await browser.App.ScopeOfAsync(Rep);
        await using var db = browser.App.Database.CreateContext(scope);
        return await db.Deals
            .Where(d => d.WonAt == null && d.LostAt == null
                && db.Stakeholders.Any(s => s.AccountId == d.AccountId)
                && !db.Stakeholders.Any(s => s.AccountId == d.AccountId && (s.Roles & StakeholderRoles.Champion) != 0)
                && !db.OpportunityPlanVersions.Any(v => v.DealId == d.Id))
            .OrderBy(d => d.Id)
            .Select(d => d.Id)
            .FirstAsync();
    }
}
