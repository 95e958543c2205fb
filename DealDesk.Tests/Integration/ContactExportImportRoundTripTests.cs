using DealDesk.Core.Contacts;
using DealDesk.Core.Contacts.Import;
using DealDesk.Data.Circles;
using DealDesk.Data.Contacts;
using DealDesk.Data.Deals;
using DealDesk.Data.Intelligence.Stakeholders;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using DealDesk.Web.Api.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Integration;

/// <summary>A contacts CSV exported by DealDesk (guarded for spreadsheets) imports back into DealDesk as the same
/// contacts, field by field, without a rejected row.</summary>
public sealed class ContactExportImportRoundTripTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    // Values a spreadsheet would run, that CSV must quote, or that are not ASCII.
    private static readonly (string Name, string Email, string? Phone, string? Company, ContactStatus Status, FunnelStage Stage)[] Tricky =
    [
        ("=HYPERLINK(\"http://evil.example\",\"x\")", "=f9@example.com", "+1 169-454-5293", "@SUM(A1:A9)", ContactStatus.Prospect, FunnelStage.MeetingSet),
        ("+Plus Person", "+tag@example.com", "-555 0100", "-Minus Co", ContactStatus.Customer, FunnelStage.ClosedWon),
        ("@At Person", "-dash@example.com", "(555) 010-2000 x12", "=1+2", ContactStatus.Partner, FunnelStage.Negotiation),
        ("'Tis Apostrophe", "'quote@example.com", "397.884.0519x718", "''Double Apostrophe Ltd", ContactStatus.Lead, FunnelStage.Contacted),
        ("Lee, Ann \"The Closer\"", "ann.lee@example.com", null, "The \"Best\", Co", ContactStatus.Lead, FunnelStage.NeedsOutreach),
        ("Zoë Ångström-Núñez", "zoe.angstrom@example.com", "+46 8 123 456", "Ærøskøbing\nWest, Line two", ContactStatus.Prospect, FunnelStage.Blocked),
        ("李小龙", "bruce.lee@example.com", "+852 2345 6789", "嘉禾 Golden Harvest", ContactStatus.Customer, FunnelStage.ProposalSent),
        ("O'Brien", "obrien@example.com", null, null, ContactStatus.Lead, FunnelStage.ClosedLost),
    ];

    [Fact]
    public async Task DemoCircleExport_ImportsIntoAnEmptyCircle_AsTheSameContacts_WithoutARejectedRow()
    {
        var moderator = await seeded.ScopeOfAsync("moderator@dealdesk.demo");
        var demoCircle = await AddTrickyContactsAsync(moderator);
        var expected = await ContactsOfAsync(TenantScope.System(moderator.WorkspaceId), demoCircle);
        Assert.True(expected.Count > Tricky.Length, "The demo circle has contacts of its own.");

        var csv = await ExportAsync(moderator, demoCircle);
        using var target = await ImportCircle.CreateAsync(seeded.Sqlite);
        var (outcome, _) = await target.ImportAsync(target.File(csv));

        Assert.Equal(ContactImportState.Completed, outcome.State);
        Assert.Empty(outcome.FirstRejected);
        Assert.Equal((expected.Count, expected.Count, 0L, 0L),
            (outcome.RowsRead, outcome.Imported, outcome.Skipped, outcome.Rejected));
        var imported = await target.ContactsAsync();
        Assert.Equal(Fields(expected), Fields(imported));
        Assert.Contains(imported, c => c.Email == "=f9@example.com" && c.Phone == "+1 169-454-5293");
        Assert.Contains(imported, c => c.Email == "'quote@example.com" && c.Company == "''Double Apostrophe Ltd");
    }

    [Fact]
    public async Task Export_StaysGuardedForSpreadsheets()
    {
        var moderator = await seeded.ScopeOfAsync("moderator@dealdesk.demo");
        var circle = await AddTrickyContactsAsync(moderator);

        var rows = DealDesk.Tests.Web.Contacts.ContactCsvTests.Parse(
            System.Text.Encoding.UTF8.GetString(await ExportAsync(moderator, circle)).TrimStart('\uFEFF'));

        var cells = rows.Select(r => string.Join(" | ", r[..4])).ToList();
        Assert.Contains(string.Join(" | ", "'=HYPERLINK(\"http://evil.example\",\"x\")", "'=f9@example.com", "'+1 169-454-5293", "'@SUM(A1:A9)"),
            cells);
        Assert.Contains(string.Join(" | ", "''Tis Apostrophe", "''quote@example.com", "397.884.0519x718", "'''Double Apostrophe Ltd"),
            cells);
    }

    private static List<(string, string, string?, string?, ContactStatus, FunnelStage)> Fields(IEnumerable<Contact> contacts) =>
        contacts.OrderBy(c => c.Email, StringComparer.Ordinal)
            .Select(c => (c.Name, c.Email, c.Phone, c.Company, c.Status, c.FunnelStage)).ToList();

    /// <summary>Adds the tricky contacts to the moderator's demo circle (once per database) and returns its id.</summary>
    private async Task<Guid> AddTrickyContactsAsync(TenantScope moderator)
    {
        await using var db = seeded.Sqlite.For(TenantScope.System(moderator.WorkspaceId));
        var circle = await db.Circles.Where(c => c.Name == "Enterprise Team").Select(c => c.Id).SingleAsync();
        if (!await db.Contacts.AnyAsync(c => c.CircleId == circle && c.Email == Tricky[0].Email))
        {
            db.Contacts.AddRange(Tricky.Select(t => new Contact(circle, t.Name, t.Email, moderator.UserId,
                DateTime.UtcNow, t.Phone, t.Company, t.Status, t.Stage)));
            await db.SaveChangesAsync();
        }

        return circle;
    }

    private async Task<List<Contact>> ContactsOfAsync(TenantScope scope, Guid circle)
    {
        await using var db = seeded.Sqlite.For(scope);
        return await db.Contacts.AsNoTracking().Where(c => c.CircleId == circle).ToListAsync();
    }

    /// <summary>The circle's contacts as the export endpoint writes them: the service's export, through the writer.</summary>
    private async Task<byte[]> ExportAsync(TenantScope scope, Guid circle)
    {
        var contexts = new FixedScopeContextFactory(seeded.Sqlite.Database, scope);
        var service = new ContactQueries(contexts, TestCircleAccess.For(contexts, scope));
        var export = await service.ExportAsync(new ContactSearch { CircleId = circle });
        Assert.True(export.Succeeded, export.Message);
        using var file = new MemoryStream();
        await ContactCsv.WriteAsync(file, export.Value!);
        return file.ToArray();
    }
}
