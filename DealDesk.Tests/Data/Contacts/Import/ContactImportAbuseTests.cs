using System.Text;
using DealDesk.Core.Contacts.Import;
using DealDesk.Data.Contacts.Import;
using DealDesk.Data.Intelligence.Stakeholders;
using DealDesk.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Data.Contacts.Import;

/// <summary>Files shaped to cost the server or to hide rows: thousands of columns are refused before any row is read,
/// and an unclosed quote that makes one row of many lines is reported with the lines it took.</summary>
public sealed class ContactImportAbuseTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private const string Header = "name,email,phone\n";

    /// <summary>A 10,000-column file as the attacker's: a header of short names (a name and an email among them, so that
    /// its mapping is usable), then rows of one-character cells.</summary>
    private static string TenThousandColumns()
    {
        var text = new StringBuilder("name,email,");
        text.AppendJoin(',', Enumerable.Range(2, 9_998).Select(i => $"c{i}")).Append('\n');
        for (var row = 0; row < 8; row++)
        {
            text.AppendJoin(',', Enumerable.Repeat("x", 10_000)).Append('\n');
        }

        return text.ToString();
    }

    [Fact]
    public async Task Upload_TenThousandColumns_IsRefusedWithTheLimit_AndKeepsNothing()
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);
        var jobs = new ContactImportJobs(NullLogger<ContactImportJobs>.Instance, circle.Clock);

        var upload = await circle.Service(jobs).UploadAsync(new MemoryStream(Encoding.UTF8.GetBytes(TenThousandColumns())),
            "wide.csv");

        Assert.False(upload.Succeeded);
        Assert.Equal(ContactImportMessages.TooManyColumns(10_000), upload.Message);
        Assert.Contains("at most 200", upload.Message, StringComparison.Ordinal);
        // No preview (no mapping of 10,000 columns for the page to render) and no staged file to start a job from.
        Assert.Null(upload.Value);
        Assert.Empty(Directory.EnumerateFileSystemEntries(jobs.Folder));
    }

    [Fact]
    public async Task Upload_AsManyColumnsAsTheLimit_IsPreviewed_WithRowsNoWiderThanTheHeader()
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);
        var jobs = new ContactImportJobs(NullLogger<ContactImportJobs>.Instance, circle.Clock);
        var columns = ContactImportLimits.MaxColumns;
        var csv = "name,email," + string.Join(',', Enumerable.Range(2, columns - 2).Select(i => $"c{i}")) + "\n" +
            "Ada,ada@example.com" + string.Concat(Enumerable.Repeat(",x", columns + 500)) + "\n";

        var upload = await circle.Service(jobs).UploadAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "wide.csv");

        Assert.True(upload.Succeeded, upload.Message);
        Assert.Equal(columns, upload.Value!.Mapping.Headers.Count);
        Assert.Equal(columns, upload.Value.Rows.Single().Count);
    }

    [Fact]
    public async Task Import_TenThousandColumns_FailsWithTheLimit_WithoutReadingARow()
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);

        var (outcome, jobId) = await circle.ImportAsync(circle.File(TenThousandColumns()));

        Assert.Equal(ContactImportState.Failed, outcome.State);
        Assert.Equal(ContactImportMessages.TooManyColumns(10_000), outcome.Message);
        Assert.Equal((0L, 0L), (outcome.RowsRead, outcome.Rejected));
        Assert.False(File.Exists(circle.RejectedPath(jobId)));
    }

    [Theory]
    // Never closed: the quote runs to the end of the file.
    [InlineData("Bob,\"bob@example.com,555 0102\nCid,cid@example.com,555 0103\nDan,dan@example.com,555 0104\n", 3, 5, 1)]
    // Closed at the end of a later line: one row of two cells that spans three lines.
    [InlineData("Bob,\"bob@example.com,555 0102\nCid,cid@example.com,555 0103\nDan,dan@example.com,555 0104\"\nEve,eve@example.com,555 0105\n", 3, 5, 2)]
    // Closed by the quote that opens a later cell: text after the closing quote.
    [InlineData("Bob,\"bob@example.com,555 0102\nCid,cid@example.com,555 0103\nDan,\"dan@example.com,555 0104\nEve,eve@example.com,555 0105\n", 3, 5, 2)]
    public async Task Import_UnclosedQuote_WarnsWithTheLinesItTook_InTheSummaryAndTheRejectedFile(string rest, long first,
        long last, long imported)
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);

        var (outcome, jobId) = await circle.ImportAsync(circle.File(Header + "Ann,ann@example.com,555 0101\n" + rest));

        var warning = ContactImportMessages.SwallowedLines(first, last);
        Assert.Equal(ContactImportState.Completed, outcome.State);
        Assert.Equal([warning], outcome.Warnings);
        Assert.Contains($"Lines {first} to {last}", warning, StringComparison.Ordinal);
        Assert.Equal((first, warning), (outcome.FirstRejected[0].LineNumber, outcome.FirstRejected[0].Reason));
        Assert.Equal(imported, outcome.Imported);
        var rejected = await File.ReadAllTextAsync(circle.RejectedPath(jobId));
        Assert.Contains(warning, rejected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_QuotedCellsWithLineBreaks_AreOneRowEach_WithoutWarning()
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);
        var file = circle.File("name,email,company\n\"Ann\nSmith\",ann@example.com,\"Acme\r\nWest\"\nBob,bob@example.com,Initech\n");

        var (outcome, _) = await circle.ImportAsync(file);

        Assert.Equal((2L, 0L), (outcome.Imported, outcome.Rejected));
        Assert.Empty(outcome.Warnings);
    }
}
