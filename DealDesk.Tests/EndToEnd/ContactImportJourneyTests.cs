using System.Text;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using Microsoft.Playwright;

namespace DealDesk.Tests.EndToEnd;

/// <summary>A moderator imports a CSV with a bad row and downloads the rejected rows; a member is told they may not
/// import, in a real browser against the real app.</summary>
public sealed class ContactImportJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Moderator_ImportsACsvWithABadRow_SeesProgressAndSummary_AndDownloadsTheRejectedRow()
    {
        var page = await browser.NewPageAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var csv = "Full Name,E-mail,Phone,Company,Status\n" +
            $"Journey One,one.{tag}@example.com,+1 555 0101,Initech,lead\n" +
            $"Journey Two,two.{tag}@example.com,,Initech,prospect\n" +
            $"=Journey Bad,bad-{tag}-at-example.com,,Initech,lead\n" +
            $"Journey Three,three.{tag}@example.com,,Globex Corp,customer\n";
        await page.SignInAsync("moderator@dealdesk.demo", DemoSettings.Password);

        await page.GotoAsync("/contacts/import");
        await page.WaitForInteractiveAsync();
        await page.ChooseFileAsync(new FilePayload
        {
            Name = "journey.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
        });

        await Assertions.Expect(page.GetByTestId("import-preview-row")).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByTestId("import-header")).ToHaveTextAsync(["Full Name", "E-mail", "Phone", "Company", "Status"]);
        await page.ScreenshotAsync("contact-import-preview");

        await page.GetByTestId("import-start").ClickAsync();

        await Assertions.Expect(page.GetByTestId("import-progress")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("import-job")).ToHaveAttributeAsync("data-state", "Completed");
        await Assertions.Expect(page.GetByTestId("import-imported")).ToHaveTextAsync("3 imported");
        await Assertions.Expect(page.GetByTestId("import-rejected")).ToHaveTextAsync("1 rejected");
        await Assertions.Expect(page.GetByTestId("import-rejected-rows")).ToContainTextAsync("Email must be a valid address");
        await Assertions.Expect(page.GetByTestId("import-progress")).ToHaveAttributeAsync("aria-valuenow", "100");
        // The bar eases to its new width; let it arrive before the picture.
        await page.Locator(".mud-progress-linear-bar").First.EvaluateAsync(
            "bar => Promise.all(bar.getAnimations().map(a => a.finished))");
        await page.ScreenshotAsync("contact-import-summary");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("import-download-rejected").ClickAsync());
        var path = await download.PathAsync();
        var lines = (await File.ReadAllTextAsync(path, Encoding.UTF8)).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            ["Full Name,E-mail,Phone,Company,Status,line,reason",
                $"\"'=Journey Bad\",bad-{tag}-at-example.com,,Initech,lead,4,Email must be a valid address such as name@example.com."],
            lines);
    }

    [Fact]
    public async Task Moderator_ImportsACustomersSample_SeesTheCombinedNameAndTheColumnsNotImported_AndEveryRowIsImported()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("moderator@dealdesk.demo", DemoSettings.Password);

        await page.GotoAsync("/contacts/import");
        await page.WaitForInteractiveAsync();
        await page.ChooseFileAsync(
            DealDesk.Tests.Data.Contacts.Import.CrmExportFilesTests.PathOf("customers-sample.csv"));

        await Assertions.Expect(page.GetByTestId("import-source-name")).ToHaveTextAsync("Name ← First Name + Last Name");
        await Assertions.Expect(page.GetByTestId("import-not-imported")).ToContainTextAsync("Not imported: Index, Customer Id");
        await Assertions.Expect(page.GetByTestId("import-mapping-problem")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("contact-import-customers-preview");

        await page.GetByTestId("import-start").ClickAsync();

        await Assertions.Expect(page.GetByTestId("import-job")).ToHaveAttributeAsync("data-state", "Completed");
        await Assertions.Expect(page.GetByTestId("import-imported")).ToHaveTextAsync("100 imported");
        await Assertions.Expect(page.GetByTestId("import-rejected")).ToHaveTextAsync("0 rejected");
    }

    [Fact]
    public async Task Member_IsToldOnlyModeratorsImport_AndGetsNoUpload()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("rep@dealdesk.demo", DemoSettings.Password);

        await page.GotoAsync("/contacts/import");
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(page.GetByTestId("import-not-allowed")).ToContainTextAsync("Only moderators and admins");
        await Assertions.Expect(page.GetByTestId("import-choose")).ToHaveCountAsync(0);
    }
}
