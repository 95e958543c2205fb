using DealDesk.Core.Pipeline;
using DealDesk.Core.Plans;
using DealDesk.Data;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Plans;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DealDesk.Tests.EndToEnd;

/// <summary>Markup typed into any name or text a user can edit stays text on every page: payloads are planted in
/// the database behind the UI's back, every page that shows them is opened in Chromium with the real
/// Content-Security-Policy, and no script runs, no dialog opens, and the browser reports no policy violation.</summary>
public sealed class StoredXssTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Admin = "admin@dealdesk.demo";

    /// <summary>An attribute-breaking payload and a tag payload, each ending with a label to find it by.</summary>
    private static string Payload(string label, int kind = 0) => kind % 2 == 0
        ? $"<img src=x onerror=\"window.__xss=1\">{label}"
        : $"\"><svg onload=window.__xss=1>{label}";

    [Fact]
    public async Task PayloadsInEveryEditableText_ShowLiterally_OnEveryPage_AndNeverRun()
    {
        var page = await browser.NewPageAsync();
        var planted = await PlantAsync();
        var dialogs = new List<string>();
        var violations = new List<string>();
        var problems = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning"
                && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => violations.Add($"{page.Url}: {error}");

        await page.SignInAsync(Admin, DemoSettings.Password);
        await ExpectLiterallyAsync(page, problems, "/", planted.Stage);
        await page.ScreenshotAsync("xss-dashboard");
        foreach (var (url, texts) in planted.Pages)
        {
            await ExpectLiterallyAsync(page, problems, url, texts);
        }

        var accountPage = $"/accounts/{planted.AccountId}";
        await ExpectLiterallyAsync(page, problems, accountPage, planted.Website);
        var scriptLinks = await page.Locator("a[href^='javascript:' i]").CountAsync();
        await ExpectLiterallyAsync(page, problems, "/accounts?q=Account%20name", planted.Account);
        scriptLinks += await page.Locator("a[href^='javascript:' i]").CountAsync();

        Assert.Equal(0, scriptLinks);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Empty(dialogs);
        Assert.Empty(violations);
    }

    private const string ShowsText =
        "text => document.body.textContent.includes(text) || " +
        "[...document.querySelectorAll('input, textarea')].some(field => field.value.includes(text))";

    /// <summary>Opens the page afresh (a new document, so a script run on an earlier page cannot hide), waits until
    /// it is interactive, and checks that every text shows as typed and that nothing ran.</summary>
    private static async Task ExpectLiterallyAsync(IPage page, List<string> problems, string url, params string[] texts)
    {
        await page.GotoAsync(url);
        await page.WaitForInteractiveAsync();
        var missing = new List<string>();
        foreach (var text in texts)
        {
            try
            {
                // Shown as text, or as the value of a field (plan forms edit in place).
                await page.WaitForFunctionAsync(ShowsText, text);
            }
            catch (TimeoutException)
            {
                missing.Add(text);
            }
        }

        if (missing.Count > 0)
        {
            problems.Add($"{url} does not show: {string.Join(" | ", missing)}");
        }

        if (await page.Locator("img[src='x'], svg[onload], img[onerror]").CountAsync() > 0)
        {
            problems.Add($"{url} has an element made from a payload");
        }

        if (await page.EvaluateAsync<bool>("() => window.__xss !== undefined"))
        {
            problems.Add($"a script ran on {url}");
        }
    }

    private sealed record Planted(
        Guid AccountId, string Stage, string Account, string Website, IReadOnlyList<(string Url, string[] Texts)> Pages);

    /// <summary>Writes a payload into every user-editable text of one deal, its account, stage, people, tasks,
    /// notes, evidence and plans, one contact with its note, one KPI, one circle and one user's name.</summary>
    private async Task<Planted> PlantAsync()
    {
        var workspace = (await browser.App.ScopeOfAsync(Admin)).WorkspaceId;
        await using var db = browser.App.Database.CreateContext(TenantScope.System(workspace));
        var deal = await db.Deals
            .Where(d => db.PipelineStages.Any(s => s.Id == d.StageId && s.Kind == StageKind.Open))
            .Where(d => db.DealTasks.Any(t => t.DealId == d.Id && t.CompletedAt == null))
            .Where(d => db.DealNotes.Any(n => n.DealId == d.Id))
            .Where(d => db.IntelligenceEvidence.Any(e => e.DealId == d.Id))
            .Where(d => db.Stakeholders.Any(s => s.AccountId == d.AccountId))
            .OrderBy(d => d.Id)
            .FirstAsync();
        var contact = await db.Contacts.Where(c => db.ContactNotes.Any(n => n.ContactId == c.Id)).OrderBy(c => c.Id).FirstAsync();
        var kpi = await db.Kpis.OrderBy(k => k.Id).FirstAsync();
        var stakeholderId = await db.Stakeholders.Where(s => s.AccountId == deal.AccountId).OrderBy(s => s.Id)
            .Select(s => s.Id).FirstAsync();

        var stage = Payload("Stage name");
        var account = Payload("Account name", 1);
        const string website = "javascript:window.__xss=1//example.com";
        var industry = Payload("Industry");
        var dealName = Payload("Deal name", 1);
        var productLine = Payload("Product line");
        var stakeholder = Payload("Stakeholder name", 1);
        var title = Payload("Stakeholder title");
        var task = Payload("Task title", 1);
        var note = Payload("Deal note");
        var evidence = Payload("Evidence text", 1);
        var contactName = Payload("Contact name");
        var company = Payload("Contact company", 1);
        var contactNote = Payload("Contact note");
        var kpiName = Payload("KPI name", 1);
        var circle = Payload("Circle name");
        var circleDescription = Payload("Circle description", 1);
        var person = Payload("Person name");
        var actionItem = Payload("Plan action item", 1);
        var planDealName = Payload("Plan deal name");
        var profile = Payload("Plan industry", 1);
        var keyEvent = Payload("Plan key event");

        await db.PipelineStages.Where(s => s.Id == deal.StageId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Name, stage));
        await db.Accounts.Where(a => a.Id == deal.AccountId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Name, account).SetProperty(x => x.Website, website).SetProperty(x => x.Industry, industry));
        await db.Deals.Where(d => d.Id == deal.Id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Name, dealName).SetProperty(x => x.ProductLine, productLine));
        await db.Stakeholders.Where(s => s.Id == stakeholderId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Name, stakeholder).SetProperty(x => x.Title, title));
        await db.DealTasks.Where(t => t.DealId == deal.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Title, task));
        await db.DealNotes.Where(n => n.DealId == deal.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Text, note));
        await db.IntelligenceEvidence.Where(e => e.DealId == deal.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Text, evidence));
        await db.Contacts.Where(c => c.Id == contact.Id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Name, contactName).SetProperty(x => x.Company, company).SetProperty(x => x.LatestNote, contactNote));
        await db.ContactNotes.Where(n => n.ContactId == contact.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Text, contactNote));
        await db.Kpis.Where(k => k.Id == kpi.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Name, kpiName));
        await db.Circles.Where(c => c.Id == contact.CircleId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Name, circle).SetProperty(x => x.Description, circleDescription));
        var member = await db.CircleMemberships.Where(m => m.CircleId == contact.CircleId).OrderBy(m => m.UserId)
            .Select(m => m.UserId).FirstAsync();
        await db.Users.Where(u => u.Id == member).ExecuteUpdateAsync(s => s.SetProperty(x => x.DisplayName, person));

        var dealPlans = await db.OpportunityPlanVersions.Where(v => v.DealId == deal.Id).Select(v => (int?)v.Number).MaxAsync() ?? 0;
        db.OpportunityPlanVersions.Add(new OpportunityPlanVersion(deal.Id, dealPlans + 1, PlanDocuments.Write(new OpportunityPlan
        {
            Deal = new DealSnapshot { Name = planDealName, Account = account, Stage = stage, Owner = person },
            ActionItems = [new PlanActionItem { Description = actionItem }],
        }), savedBy: null, savedAt: DateTime.UtcNow));
        var accountPlans = await db.AccountPlanVersions.Where(v => v.AccountId == deal.AccountId).Select(v => (int?)v.Number).MaxAsync() ?? 0;
        db.AccountPlanVersions.Add(new AccountPlanVersion(deal.AccountId, accountPlans + 1, PlanDocuments.Write(new AccountPlan
        {
            Profile = new CompanyProfile { Industry = profile },
            History = new RelationshipHistory { KeyEvents = [new KeyEvent { Description = keyEvent }] },
        }), savedBy: null, savedAt: DateTime.UtcNow));
        await db.SaveChangesAsync();

        var dealPage = $"/deals/{deal.Id}";
        return new Planted(deal.AccountId, stage, account, website,
        [
            ("/deals?q=Deal%20name", [dealName, account, stage]),
            ("/pipeline?q=Deal%20name", [dealName, account, stage]),
            (dealPage, [dealName, account, stage, circle]),
            ($"{dealPage}?tab=intelligence", [evidence]),
            ($"{dealPage}?tab=stakeholders", [stakeholder, title]),
            ($"{dealPage}?tab=tasks", [task, note]),
            ($"{dealPage}?tab=timeline", [dealName]),
            ($"{dealPage}?tab=plan", [planDealName, actionItem]),
            ($"/accounts/{deal.AccountId}", [account, industry, profile, keyEvent, dealName]),
            ($"/contacts?circle={contact.CircleId}&q=Contact%20name", [contactName, company, circle]),
            ($"/contacts/{contact.Id}", [contactName, company, contactNote]),
            ($"/kpis?circle={kpi.CircleId}", [kpiName]),
            ($"/kpis/{kpi.Id}", [kpiName]),
            ("/circles", [circle]),
            ($"/circles/{contact.CircleId}", [circle, circleDescription, person]),
            ("/settings/pipeline", [stage]),
        ]);
    }
}
