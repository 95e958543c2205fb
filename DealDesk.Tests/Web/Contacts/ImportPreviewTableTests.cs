using Bunit;
using DealDesk.Core.Contacts.Import;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Contacts.Import.Components;

namespace DealDesk.Tests.Web.Contacts;

/// <summary>The import preview: the name's sources as one, the columns not imported listed, and a wide file rendered
/// with a bounded number of column pickers until the user asks for all.</summary>
public sealed class ImportPreviewTableTests : MudComponentTest
{
    [Fact]
    public void CustomersSample_ShowsTheCombinedName_AndTheColumnsNotImported()
    {
        var headers = new[] { "Index", "Customer Id", "First Name", "Last Name", "Company", "City", "Country", "Phone 1",
            "Phone 2", "Email", "Subscription Date", "Website" };
        var row = new[] { "1", "f8FAF", "Preston", "Mullen", "Vega-Gentry", "East Jill", "Djibouti", "397.884.0519x718",
            "", "preston@example.com", "2021-02-02", "https://site.example/" };

        var cut = Render<ImportPreviewTable>(p => p
            .Add(c => c.Rows, [row])
            .Add(c => c.Mapping, ContactColumnMapping.Propose(headers)));

        Assert.Equal("Name ← First Name + Last Name", cut.Find("[data-testid=import-source-name]").TextContent.Trim());
        Assert.Equal("Phone ← Phone 1", cut.Find("[data-testid=import-source-phone]").TextContent.Trim());
        Assert.Equal("Not imported: Index, Customer Id, City, Country, Phone 2, Subscription Date, Website",
            cut.Find("[data-testid=import-not-imported]").TextContent.Trim());
        Assert.Equal(headers, cut.FindAll("[data-testid=import-header]").Select(h => h.TextContent));
        Assert.Empty(cut.FindAll("[data-testid=import-hidden-columns]"));
    }

    [Fact]
    public void WideFile_RendersPickersForTheMappedColumnsAndAFewOthers_UntilAllAreAskedFor()
    {
        var headers = Enumerable.Range(0, ContactImportLimits.MaxColumns).Select(i => $"c{i}").ToArray();
        headers[150] = "Email";
        headers[199] = "Full name";
        var mapping = ContactColumnMapping.Propose(headers);

        var cut = Render<ImportPreviewTable>(p => p
            .Add(c => c.Rows, [headers])
            .Add(c => c.Mapping, mapping));

        var shown = cut.FindAll("[data-testid=import-header]").Select(h => h.TextContent).ToList();
        Assert.Equal(ContactImportLimits.PreviewColumns, shown.Count);
        Assert.Contains("Email", shown);
        Assert.Contains("Full name", shown);
        Assert.Equal(ContactImportLimits.PreviewColumns, cut.FindAll("[data-testid=import-preview-row] td").Count);
        Assert.Contains($"{ContactImportLimits.MaxColumns - ContactImportLimits.PreviewColumns} more columns",
            cut.Find("[data-testid=import-hidden-columns]").TextContent);
        Assert.Contains("and 168 more", cut.Find("[data-testid=import-not-imported]").TextContent);

        cut.Find("[data-testid=import-show-all-columns]").Click();

        Assert.Equal(ContactImportLimits.MaxColumns, cut.FindAll("[data-testid=import-header]").Count);
    }
}
