using System.Text;
using DealDesk.Core.Circles;
using DealDesk.Core.Contacts;
using DealDesk.Core.Contacts.Import;
using DealDesk.Data.Intelligence.Stakeholders;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Contacts.Import;

/// <summary>The importer on real SQLite, each test in a circle of its own.</summary>
public sealed class ContactImporterTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private const string Header = "name,email,phone,company,status,funnel stage\n";

    private static readonly string LongName = new('x', 10_000);

    /// <summary>One file of every kind of row; the line numbers are the file's.</summary>
    private static byte[] MixedFile()
    {
        var text = new StringBuilder(Header)
            .Append("Ada Lovelace,ada@example.com,+44 20 7946 0000,Analytical,customer,meeting set\n") // 2 in
            .Append("=cmd|' /C calc'!A0,not-an-email,,,lead,\n")                                     // 3 bad email
            .Append(",noname@example.com,,,,\n")                                                       // 4 no name
            .Append("Existing Upper,EXISTING@EXAMPLE.COM,,,,\n")                                       // 5 in the circle
            .Append("Grace Hopper,grace@example.com,,Navy,prospect,contacted\n")                      // 6 in
            .Append("Grace Again,GRACE@example.com,,,,\n")                                             // 7 earlier in file
            .Append(LongName).Append(",long@example.com,,,,\n")                                        // 8 too long
            .Append("\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",formula@example.com,,@SUM(A1),,\n") // 9 in, as text
            .ToString();
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(text));
        bytes.AddRange(Encoding.UTF8.GetBytes("Bad Bytes "));
        bytes.AddRange([0xFF, 0xFE, 0xC3]);                                                            // 10 not UTF-8
        bytes.AddRange(Encoding.UTF8.GetBytes(",bytes@example.com,,,,\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("Too Few,few@example.com\n"));                           // 11 two values
        bytes.AddRange(Encoding.UTF8.GetBytes("Last Good,last@example.com,,,partner,closed_won\n"));    // 12 in
        return [.. bytes];
    }

    [Fact]
    public async Task MixedFile_ImportsTheValidRows_SkipsDuplicates_AndReportsEveryOtherRowWithItsReason()
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);
        var existing = await circle.AddContactAsync("Existing Person", "existing@example.com", "+1 555 0100");

        var (outcome, jobId) = await circle.ImportAsync(circle.File(MixedFile()));

        Assert.Equal(ContactImportState.Completed, outcome.State);
        Assert.Equal((11L, 4L, 0L, 2L, 5L), (outcome.RowsRead, outcome.Imported, outcome.Updated, outcome.Skipped, outcome.Rejected));
        Assert.Equal(11L, outcome.TotalRows);
        var contacts = await circle.ContactsAsync();
        Assert.Equal(
            ["ada@example.com", "existing@example.com", "formula@example.com", "grace@example.com", "last@example.com"],
            contacts.Select(c => c.Email));
        var ada = contacts.Single(c => c.Email == "ada@example.com");
        Assert.Equal(("Ada Lovelace", "+44 20 7946 0000", "Analytical", ContactStatus.Customer, FunnelStage.MeetingSet),
            (ada.Name, ada.Phone, ada.Company, ada.Status, ada.FunnelStage));
        Assert.Equal(circle.Moderator.UserId, ada.CreatedBy);
        var formula = contacts.Single(c => c.Email == "formula@example.com");
        Assert.Equal(("=HYPERLINK(\"http://evil.example\",\"x\")", "@SUM(A1)"), (formula.Name, formula.Company));
        Assert.Equal(("Grace Hopper", "Navy"), (contacts.Single(c => c.Email == "grace@example.com").Name,
            contacts.Single(c => c.Email == "grace@example.com").Company));
        var untouched = contacts.Single(c => c.Id == existing.Id);
        Assert.Equal(("Existing Person", "+1 555 0100"), (untouched.Name, untouched.Phone));

        Assert.Equal(
            [
                (3L, "Email must be a valid address such as name@example.com."),
                (4L, "Name is required."),
                (8L, "Name must be at most 255 characters."),
                (10L, ContactImportMessages.InvalidUtf8),
                (11L, ContactImportMessages.WrongColumnCount(2, 6)),
            ],
            outcome.FirstRejected.Select(r => (r.LineNumber, r.Reason)));
        Assert.Equal(LongName, outcome.FirstRejected[2].Values[0]);
        Assert.Equal("Bad Bytes \uFFFD\uFFFD\uFFFD", outcome.FirstRejected[3].Values[0]);
        Assert.True(File.Exists(circle.RejectedPath(jobId)));
    }

    [Fact]
    public async Task MixedFile_RejectedRowsFile_HasTheOriginalColumnsLineAndReason_WithFormulasNeutralised()
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);

        var (_, jobId) = await circle.ImportAsync(circle.File(MixedFile()));

        var bytes = await File.ReadAllBytesAsync(circle.RejectedPath(jobId));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("name,email,phone,company,status,funnel stage,line,reason", lines[0]);
        Assert.Equal("\"'=cmd|' /C calc'!A0\",not-an-email,,,lead,,3,Email must be a valid address such as name@example.com.",
            lines[1]);
        Assert.Equal(",noname@example.com,,,,,4,Name is required.", lines[2]);
        Assert.Equal(LongName + ",long@example.com,,,,,8,Name must be at most 255 characters.", lines[3]);
        Assert.StartsWith("Bad Bytes \uFFFD\uFFFD\uFFFD,bytes@example.com,,,,,10,", lines[4]);
        Assert.Equal("Too Few,few@example.com,,,,,11,This row has 2 values but the header has 6 columns.", lines[5]);
        Assert.Equal(6, lines.Length);
    }

    [Fact]
    public async Task AllOrNothing_OneBadRow_WritesNothing_AndReportsTheRow()
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);
        var rows = Enumerable.Range(1, 7).Select(i => $"Person {i},p{i}@example.com,,,,\n");
        var file = circle.File(Header + string.Concat(rows) + "Broken,broken-at-example.com,,,,\n" + "After,after@example.com,,,,\n");

        var (outcome, _) = await circle.ImportAsync(file, ContactImportMode.AllOrNothing, batchSize: 3);

        Assert.Equal(ContactImportState.NothingImported, outcome.State);
        Assert.Equal(ContactImportMessages.NothingImported(1), outcome.Message);
        Assert.Equal((9L, 0L, 1L), (outcome.RowsRead, outcome.Imported, outcome.Rejected));
        Assert.Equal(9L, outcome.FirstRejected.Single().LineNumber);
        Assert.Empty(await circle.ContactsAsync());
    }

    [Fact]
    public async Task AllOrNothing_EveryRowValid_ImportsThemAll()
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);
        var file = circle.File(Header + string.Concat(Enumerable.Range(1, 8).Select(i => $"Person {i},p{i}@example.com,,,,\n")));

        var (outcome, _) = await circle.ImportAsync(file, ContactImportMode.AllOrNothing, batchSize: 3);

        Assert.Equal((ContactImportState.Completed, 8L), (outcome.State, outcome.Imported));
        Assert.Equal(8, (await circle.ContactsAsync()).Count);
    }

    [Fact]
    public async Task UpdateMode_OverwritesTheExistingContactWithTheRowsNonEmptyCells_AndCountsAsContact()
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);
        var existing = await circle.AddContactAsync("Existing Person", "existing@example.com", "+1 555 0100");
        var file = circle.File(Header +
            "Existing Renamed,EXISTING@example.com,,Initech,customer,\n" +
            "New Person,new@example.com,,,,\n" +
            "New Person Again,NEW@example.com,+1 555 0199,,,negotiation\n");

        var (outcome, _) = await circle.ImportAsync(file, duplicates: DuplicateHandling.Update);

        Assert.Equal((ContactImportState.Completed, 1L, 2L, 0L), (outcome.State, outcome.Imported, outcome.Updated, outcome.Skipped));
        var contacts = await circle.ContactsAsync();
        var updated = contacts.Single(c => c.Id == existing.Id);
        Assert.Equal(("Existing Renamed", "EXISTING@example.com", "+1 555 0100", "Initech", ContactStatus.Customer),
            (updated.Name, updated.Email, updated.Phone, updated.Company, updated.Status));
        Assert.Equal(circle.Clock.UtcNow, updated.LastContactAt);
        Assert.NotEqual(existing.Version, updated.Version);
        var merged = contacts.Single(c => c.Email.Equals("new@example.com", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(("New Person Again", "+1 555 0199", FunnelStage.Negotiation), (merged.Name, merged.Phone, merged.FunnelStage));
        Assert.Equal(2, contacts.Count);
    }

    [Fact]
    public async Task InterruptedImport_LeavesWholeBatches_AndARerunAddsOnlyTheRest()
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);
        var file = circle.File(Header + string.Concat(Enumerable.Range(1, 10).Select(i => $"Person {i},p{i}@example.com,,,,\n")));
        using var interrupt = new CancellationTokenSource();
        var reports = 0;

        // "Killed" after the second batch commits: the next batch never starts its transaction.
        var (stopped, _) = await circle.ImportAsync(file, batchSize: 3, cancellationToken: interrupt.Token,
            report: _ =>
            {
                if (++reports == 2)
                {
                    interrupt.Cancel();
                }

                return Task.CompletedTask;
            });

        Assert.Equal(ContactImportState.Failed, stopped.State);
        var afterStop = await circle.ContactsAsync();
        Assert.Equal(6, afterStop.Count);

        var (rerun, _) = await circle.ImportAsync(file, batchSize: 3);

        Assert.Equal((ContactImportState.Completed, 4L, 6L), (rerun.State, rerun.Imported, rerun.Skipped));
        var contacts = await circle.ContactsAsync();
        Assert.Equal(10, contacts.Count);
        Assert.Equal(10, contacts.Select(c => c.NormalizedEmail).Distinct().Count());
        Assert.Subset(contacts.Select(c => c.Id).ToHashSet(), afterStop.Select(c => c.Id).ToHashSet());
    }

    [Fact]
    public async Task InterruptedImport_ReportsOnlyTheRowsOfCommittedBatches()
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);
        var file = circle.File(Header + string.Concat(Enumerable.Range(1, 10).Select(i => $"Person {i},p{i}@example.com,,,,\n")));
        using var interrupt = new CancellationTokenSource();
        var reports = 0;

        // Stopped once the second batch has committed, while the reader has already read rows of the next ones.
        var (stopped, _) = await circle.ImportAsync(file, batchSize: 3, cancellationToken: interrupt.Token,
            report: _ =>
            {
                if (++reports == 2)
                {
                    interrupt.Cancel();
                }

                return Task.CompletedTask;
            });

        Assert.Equal(6, (await circle.ContactsAsync()).Count);
        Assert.Equal((ContactImportState.Failed, 6L, 0L), (stopped.State, stopped.Imported, stopped.Updated));
        Assert.Contains("6 rows were committed", stopped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentDuplicate_FailsTheBatch_AndReportsOnlyTheRowsOfCommittedBatches()
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);
        var file = circle.File(Header + string.Concat(Enumerable.Range(1, 9).Select(i => $"Person {i},p{i}@example.com,,,,\n")));
        var reports = 0;

        var (outcome, _) = await circle.ImportAsync(file, batchSize: 3,
            report: async _ =>
            {
                if (++reports == 1)
                {
                    // Someone else adds a contact with an email of the third batch while the import runs.
                    await circle.AddContactAsync("Racer", "p8@example.com");
                }
            });

        var committed = (await circle.ContactsAsync()).Count(c => c.Name != "Racer");
        Assert.Equal(6, committed);
        Assert.Equal((ContactImportState.Failed, 6L), (outcome.State, outcome.Imported));
    }

    [Fact]
    public async Task ReaderFailure_EndsTheImportOnlyOnceTheWriterHasStopped()
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);
        var file = circle.File(Header + string.Concat(Enumerable.Range(1, 10).Select(i => $"Person {i},p{i}@example.com,,,,\n")));
        using var clock = new FailingClock(circle.Clock.UtcNow, failOnCall: 4);
        var reports = 0;
        var writerDone = false;

        // One row a batch: the reader fails making the fourth once the first is committed, with the second and third
        // queued and the writer busy reporting the first.
        var import = circle.ImportAsync(file, batchSize: 1, clock: clock,
            report: async _ =>
            {
                if (++reports == 1)
                {
                    clock.Fail();
                    await circle.ContactsAsync();
                    writerDone = true;
                }
            });

        await Assert.ThrowsAsync<InvalidOperationException>(() => import);
        // The import ended only after the writer had finished what it was doing. Whether the writer, cancelled, still
        // committed the queued second and third rows depends on where it stood; the fourth was never read.
        Assert.True(writerDone);
        Assert.InRange(reports, 1, 3);
        Assert.InRange((await circle.ContactsAsync()).Count, 1, 3);
    }

    [Fact]
    public async Task InterruptedAllOrNothingImport_LeavesNoRows()
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);
        var file = circle.File(Header + string.Concat(Enumerable.Range(1, 10).Select(i => $"Person {i},p{i}@example.com,,,,\n")));
        using var interrupt = new CancellationTokenSource();

        var (stopped, _) = await circle.ImportAsync(file, ContactImportMode.AllOrNothing, batchSize: 3,
            cancellationToken: interrupt.Token,
            report: p =>
            {
                if (p.Imported >= 6)
                {
                    interrupt.Cancel();
                }

                return Task.CompletedTask;
            });

        Assert.Equal((ContactImportState.Failed, 0L), (stopped.State, stopped.Imported));
        Assert.Empty(await circle.ContactsAsync());
    }

    [Fact]
    public async Task Moderator_ImportsIntoTheirCircle()
    {
        var moderator = await seeded.ScopeOfAsync("moderator@dealdesk.demo");
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);
        var email = $"mod-{Guid.NewGuid():N}@example.com";

        var (outcome, _) = await circle.ImportAsync(circle.File(Header + $"Mod Import,{email},,,,\n"),
            scope: moderator, circleId: await CircleIdAsync("Enterprise Team"));

        Assert.Equal((ContactImportState.Completed, 1L), (outcome.State, outcome.Imported));
        Assert.Equal(1, await CountAsync(email));
    }

    [Theory]
    [InlineData("rep@dealdesk.demo", "Enterprise Team", DuplicateHandling.Skip, "Only circle moderators and admins may create contacts.")]
    [InlineData("rep@dealdesk.demo", "Growth Team", DuplicateHandling.Update, "Only circle moderators and admins may create contacts.")]
    [InlineData("moderator@dealdesk.demo", "Growth Team", DuplicateHandling.Skip, "That circle does not exist or you are not a member of it.")]
    [InlineData("moderator@dealdesk.demo", "Globex", DuplicateHandling.Skip, "That circle does not exist or you are not a member of it.")]
    [InlineData("admin@globex.demo", "Enterprise Team", DuplicateHandling.Skip, "That circle does not exist or you are not a member of it.")]
    public async Task ImportIsRefused_ForAMember_AndForACircleTheUserIsNotIn_AndNothingIsWritten(
        string user, string circleName, DuplicateHandling duplicates, string message)
    {
        var scope = await seeded.ScopeOfAsync(user);
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);
        var email = $"refused-{Guid.NewGuid():N}@example.com";

        var (outcome, _) = await circle.ImportAsync(circle.File(Header + $"Refused,{email},,,,\n"), duplicates: duplicates,
            scope: scope, circleId: await CircleIdAsync(circleName));

        Assert.Equal((ContactImportState.Failed, message, 0L), (outcome.State, outcome.Message, outcome.RowsRead));
        Assert.Equal(0, await CountAsync(email));
    }

    [Fact]
    public async Task HeaderOnlyFile_CompletesWithNoRows_AndAnEmptyFileFailsWithAClearMessage()
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);
        var options = new ContactImportOptions(circle.CircleId, ContactImportMode.ValidRowsAndReport, DuplicateHandling.Skip,
            ContactColumnMapping.Propose(["name", "email"]));
        var jobId = Guid.NewGuid();

        var (headerOnly, _) = await circle.ImportAsync(circle.File("name,email\n"));
        var empty = await circle.Importer(circle.Moderator)
            .ImportAsync(jobId, circle.File(""), circle.RejectedPath(jobId), options, null, CancellationToken.None);

        Assert.Equal((ContactImportState.Completed, 0L), (headerOnly.State, headerOnly.RowsRead));
        Assert.Equal((ContactImportState.Failed, ContactImportMessages.EmptyFile), (empty.State, empty.Message));
    }

    /// <summary>A clock whose <c>failOnCall</c>th reading waits for <see cref="Fail"/>, then throws: the importer
    /// reads it on the reader's side, for each new contact.</summary>
    private sealed class FailingClock(DateTime utcNow, int failOnCall) : TimeProvider, IDisposable
    {
        private readonly ManualResetEventSlim _fail = new();
        private int _calls;

        public void Fail() => _fail.Set();

        public void Dispose() => _fail.Dispose();

        public override DateTimeOffset GetUtcNow()
        {
            if (Interlocked.Increment(ref _calls) == failOnCall)
            {
                // Bounded only so that a broken importer fails the test instead of hanging it.
                _fail.Wait(TimeSpan.FromMinutes(1));
                throw new InvalidOperationException("The clock failed.");
            }

            return new DateTimeOffset(utcNow);
        }
    }

    private async Task<Guid> CircleIdAsync(string name)
    {
        await using var db = seeded.Sqlite.For(TenantScope.None);
        return name == "Globex"
            ? await db.Circles.IgnoreQueryFilters().Join(db.Workspaces.IgnoreQueryFilters().Where(w => w.Name != "Acme Sales"),
                c => c.WorkspaceId, w => w.Id, (c, _) => c.Id).FirstAsync()
            : await db.Circles.IgnoreQueryFilters().Where(c => c.Name == name).Select(c => c.Id).FirstAsync();
    }

    private async Task<int> CountAsync(string email)
    {
        await using var db = seeded.Sqlite.For(TenantScope.None);
        return await db.Contacts.IgnoreQueryFilters().CountAsync(c => c.NormalizedEmail == Contact.NormalizeEmail(email));
    }
}
