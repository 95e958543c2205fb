using DealDesk.Core.Accounts;
using DealDesk.Core.Contacts;
using DealDesk.Core.Contacts.Import;
using DealDesk.Data.Intelligence.Stakeholders;
using DealDesk.Tests.Support;

namespace DealDesk.Tests.Data.Contacts.Import;

/// <summary>Files laid out as CRMs and address books export their contacts (the headers as each product writes them,
/// the rows made up) import every row with the mapping the import proposes, nobody mapping a column by hand.</summary>
public sealed class CrmExportFilesTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    /// <summary>Where the files are, beside the tests.</summary>
    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Data", "Contacts", "Import", "Files", file);

    [Theory]
    [InlineData("customers-sample.csv", 100)]
    [InlineData("hubspot-contacts.csv", 20)]
    [InlineData("salesforce-contacts.csv", 15)]
    [InlineData("pipedrive-people.csv", 15)]
    [InlineData("google-contacts.csv", 15)]
    [InlineData("google-contacts-legacy.csv", 15)]
    [InlineData("outlook-contacts.csv", 15)]
    public async Task Export_ImportsEveryRow_WithTheProposedMapping(string file, int rows)
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);

        var (outcome, _) = await circle.ImportAsync(PathOf(file));

        Assert.Equal(ContactImportState.Completed, outcome.State);
        Assert.Empty(outcome.FirstRejected);
        Assert.Equal((rows, rows, 0L, 0L), (outcome.RowsRead, outcome.Imported, outcome.Skipped, outcome.Rejected));
        Assert.Empty(outcome.Warnings);
        var contacts = await circle.ContactsAsync();
        Assert.Equal(rows, contacts.Count);
        Assert.All(contacts, c => Assert.False(string.IsNullOrWhiteSpace(c.Company)));
    }

    [Theory]
    [InlineData("customers-sample.csv", "First Name + Last Name", "Email", "Phone 1", "Company")]
    [InlineData("hubspot-contacts.csv", "First Name + Last Name", "Email", "Phone Number", "Company Name")]
    [InlineData("salesforce-contacts.csv", "First Name + Last Name", "Email", "Phone", "Account Name")]
    [InlineData("pipedrive-people.csv", "Person - Name", "Person - Email - Work", "Person - Phone - Work", "Person - Organization")]
    [InlineData("google-contacts.csv", "First Name + Last Name", "E-mail 1 - Value", "Phone 1 - Value", "Organization Name")]
    [InlineData("google-contacts-legacy.csv", "Name", "E-mail 1 - Value", "Phone 1 - Value", "Organization 1 - Name")]
    [InlineData("outlook-contacts.csv", "First Name + Last Name", "E-mail Address", "Business Phone", "Company")]
    public void Export_ColumnsAreRecognised(string file, string name, string email, string phone, string company)
    {
        var mapping = ContactColumnMapping.Propose(ImportCircle.HeaderOf(PathOf(file)));

        Assert.Equal((name, email, phone, company),
            (string.Join(" + ", mapping.SourcesOf(ContactField.Name)), string.Join(" + ", mapping.SourcesOf(ContactField.Email)),
                string.Join(" + ", mapping.SourcesOf(ContactField.Phone)), string.Join(" + ", mapping.SourcesOf(ContactField.Company))));
        Assert.Empty(mapping.Problems());
    }

    [Fact]
    public async Task CustomersSample_JoinsTheNames_AndKeepsThePhoneExtensions()
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);

        await circle.ImportAsync(PathOf("customers-sample.csv"));

        var contacts = await circle.ContactsAsync();
        var preston = contacts.Single(c => c.Email == "preston.mullen1@customers-sample.test");
        Assert.Equal(("Preston Mullen", "397.884.0519x718", "Vega-Gentry"), (preston.Name, preston.Phone, preston.Company));
        Assert.Contains(contacts, c => c.Name.StartsWith("Zoë ", StringComparison.Ordinal));
        Assert.Contains(contacts, c => c.Company == "Rasmussen, Hurst and Sons");
        Assert.True(contacts.Count(c => c.Phone?.Contains('x', StringComparison.Ordinal) == true) > 20);
    }

    [Fact]
    public async Task HubSpot_KeepsTheExtension_AndReadsTheLeadStatusAsTheFunnelStage()
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);

        await circle.ImportAsync(PathOf("hubspot-contacts.csv"));

        var brett = (await circle.ContactsAsync()).Single(c => c.Email == "brett.rossi2@hubspot-export.test");
        Assert.Equal(("Brett Rossi", "+1 555 010 2000 ext. 12", "Murillo-Perry", FunnelStage.Contacted),
            (brett.Name, brett.Phone, brett.Company, brett.FunnelStage));
    }
}
