using DealDesk.Core.Circles;
using DealDesk.Core.Contacts;
using DealDesk.Core.Contacts.Import;
using DealDesk.Data;
using DealDesk.Data.Circles;
using DealDesk.Data.Contacts.Import;
using DealDesk.Data.Identity;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Support;

/// <summary>A new, empty circle in Acme with a moderator of its own, for imports whose outcome is checked contact by
/// contact; and a way to run the importer as any user. Disposing it removes the files it wrote.</summary>
public sealed class ImportCircle : IDisposable
{
    private readonly SqliteTestDatabase _sqlite;
    private readonly string _folder = Directory.CreateTempSubdirectory("dealdesk-import-tests-").FullName;

    private ImportCircle(SqliteTestDatabase sqlite, Guid circleId, TenantScope moderator)
    {
        _sqlite = sqlite;
        CircleId = circleId;
        Moderator = moderator;
    }

    public Guid CircleId { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public TenantScope Moderator { get; }

    public FixedClock Clock { get; } = new(new DateTime(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc));

    public static async Task<ImportCircle> CreateAsync(SqliteTestDatabase sqlite)
    {
        await using var lookup = sqlite.For(TenantScope.None);
        var workspaceId = await lookup.Workspaces.IgnoreQueryFilters().Where(w => w.Name == "Acme Sales").Select(w => w.Id)
            .SingleAsync();
        await using var db = sqlite.For(TenantScope.System(workspaceId));
        var email = $"{Guid.NewGuid():N}@lab.test";
        var user = new ApplicationUser
        {
            Id = Guid.CreateVersion7(), WorkspaceId = workspaceId, DisplayName = "Import moderator", UserName = email, Email = email,
        };
        var circle = new Circle("Import lab " + Guid.NewGuid().ToString("N")[..6]);
        db.Users.Add(user);
        db.Circles.Add(circle);
        db.CircleMemberships.Add(new CircleMembership(circle.Id, user.Id, CircleRole.Moderator));
        await db.SaveChangesAsync();
        return new ImportCircle(sqlite, circle.Id, TenantScope.ForUser(workspaceId, user.Id, false));
    }

    /// <summary>Writes <paramref name="bytes"/> to a CSV file and returns its path.</summary>
    public string File(byte[] bytes)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.csv");
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string File(string text) => File(System.Text.Encoding.UTF8.GetBytes(text));

    public string RejectedPath(Guid jobId) => Path.Combine(_folder, $"{jobId:N}.rejected.csv");

    internal ContactImporter Importer(TenantScope scope, int batchSize = ContactImportLimits.BatchSize,
        TimeProvider? clock = null)
    {
        var contexts = new FixedScopeContextFactory(_sqlite.Database, scope);
        var access = new CircleAccess(contexts, new TestCurrentUser(scope), NullLogger<CircleAccess>.Instance);
        return new ContactImporter(contexts, access, clock ?? Clock, scope.UserId) { BatchSize = batchSize };
    }

    /// <summary>The import page's service over <paramref name="jobs"/>, for this circle's moderator.</summary>
    internal ContactImportService Service(ContactImportJobs jobs)
    {
        var contexts = new FixedScopeContextFactory(_sqlite.Database, Moderator);
        var user = new TestCurrentUser(Moderator);
        return new ContactImportService(jobs, user, new CircleAccess(contexts, user, NullLogger<CircleAccess>.Instance));
    }

    /// <summary>Imports <paramref name="path"/> into this circle (or <paramref name="circleId"/>) as <paramref name="scope"/>
    /// (the moderator by default), with the proposed mapping of its header.</summary>
    internal async Task<(ContactImportProgress Outcome, Guid JobId)> ImportAsync(string path,
        ContactImportMode mode = ContactImportMode.ValidRowsAndReport, DuplicateHandling duplicates = DuplicateHandling.Skip,
        TenantScope? scope = null, Guid? circleId = null, int batchSize = ContactImportLimits.BatchSize,
        Func<ContactImportProgress, Task>? report = null, CancellationToken cancellationToken = default,
        TimeProvider? clock = null)
    {
        var options = new ContactImportOptions(circleId ?? CircleId, mode, duplicates, ContactColumnMapping.Propose(HeaderOf(path)));
        var jobId = Guid.NewGuid();
        var outcome = await Importer(scope ?? Moderator, batchSize, clock)
            .ImportAsync(jobId, path, RejectedPath(jobId), options, report, cancellationToken);
        return (outcome, jobId);
    }

    /// <summary>The header of the CSV at <paramref name="path"/>, read as the import reads it (quoted cells, any
    /// separator, a byte order mark).</summary>
    public static IReadOnlyList<string> HeaderOf(string path)
    {
        using var reader = CsvHelper.CsvReader.FromFile(path, CsvHelper.CsvReaderOptions.Default);
        reader.ReadHeader();
        return reader.Headers.Select(h => h.Trim()).ToList();
    }

    public async Task<Contact> AddContactAsync(string name, string email, string? phone = null)
    {
        await using var db = _sqlite.For(Moderator);
        var contact = new Contact(CircleId, name, email, Moderator.UserId, Clock.UtcNow.AddDays(-30), phone);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return contact;
    }

    public async Task<List<Contact>> ContactsAsync()
    {
        await using var db = _sqlite.For(TenantScope.System(Moderator.WorkspaceId));
        return await db.Contacts.AsNoTracking().Where(c => c.CircleId == CircleId).OrderBy(c => c.Email).ToListAsync();
    }
}
