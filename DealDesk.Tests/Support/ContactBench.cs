using DealDesk.Core.Circles;
using DealDesk.Core.Contacts;
using DealDesk.Data;
using DealDesk.Data.Circles;
using DealDesk.Data.Contacts;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Support;

/// <summary>A private demo database for the contact tests, where Jamie Ortiz is also made an admin (a circle role,
/// not a workspace admin) of the Enterprise Team, so that every circle role has a demo user there:
/// rep@ (member), moderator@ (moderator), jamie.ortiz@ (admin), admin@ (workspace admin) and taylor.brooks@ (not a
/// member). Each test makes its own contacts, so tests sharing the bench never see each other's rows.</summary>
public sealed class ContactBench : IAsyncLifetime
{
    public const string Enterprise = "Enterprise Team";
    public const string Growth = "Growth Team";
    public const string CircleAdminEmail = "jamie.ortiz@dealdesk.demo";
    public const string NonMemberEmail = "taylor.brooks@dealdesk.demo";

    private SqliteTestDatabase? _database;

    public SqliteTestDatabase Sqlite => _database ?? throw new InvalidOperationException("Not initialised.");

    public FixedClock Clock { get; } = new(DateTime.UtcNow.AddMinutes(1));

    public async ValueTask InitializeAsync()
    {
        _database = await FreshDemoDatabase.CreateAsync();
        await using var db = Sqlite.For(await WorkspaceAsync("Acme Sales"));
        var jamie = await db.Users.Where(u => u.Email == CircleAdminEmail).Select(u => u.Id).SingleAsync();
        var enterprise = await db.Circles.Where(c => c.Name == Enterprise).Select(c => c.Id).SingleAsync();
        db.CircleMemberships.Add(new CircleMembership(enterprise, jamie, CircleRole.Admin));
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>The scope of the demo user <paramref name="email"/>.</summary>
    public Task<TenantScope> ScopeOfAsync(string email) => Sqlite.Database.ScopeOfUserAsync(email);

    /// <summary>The contact services as <paramref name="email"/> uses them.</summary>
    public async Task<ContactDesk> AsAsync(string email, RecordingChangeFeed? feed = null) =>
        Service(await ScopeOfAsync(email), feed);

    /// <summary>The contact services in <paramref name="scope"/>, over <paramref name="contexts"/> when given.</summary>
    public ContactDesk Service(TenantScope scope, RecordingChangeFeed? feed = null,
        IDbContextFactory<DealDeskDbContext>? contexts = null)
    {
        contexts ??= new FixedScopeContextFactory(Sqlite.Database, scope);
        var user = new TestCurrentUser(scope);
        var access = new CircleAccess(contexts, user, NullLogger<CircleAccess>.Instance);
        return new ContactDesk(
            new ContactQueries(contexts, access),
            new ContactService(contexts, access, user, Clock, NullLogger<ContactService>.Instance),
            new ContactNoteService(contexts, access, user, Clock, NullLogger<ContactNoteService>.Instance),
            new LeadConversionService(contexts, access, user, Clock, feed ?? new RecordingChangeFeed(),
                NullLogger<LeadConversionService>.Instance));
    }

    /// <summary>The whole of a workspace, as a system job sees it.</summary>
    public async Task<TenantScope> WorkspaceAsync(string name)
    {
        await using var db = Sqlite.For(TenantScope.None);
        var id = await db.Workspaces.IgnoreQueryFilters().Where(w => w.Name == name).Select(w => w.Id).SingleAsync();
        return TenantScope.System(id);
    }

    /// <summary>Id of the Acme circle named <paramref name="name"/>.</summary>
    public async Task<Guid> CircleIdAsync(string name, string workspace = "Acme Sales")
    {
        await using var db = Sqlite.For(await WorkspaceAsync(workspace));
        return await db.Circles.Where(c => c.Name == name).Select(c => c.Id).SingleAsync();
    }

    /// <summary>A new circle of Acme whose only member is <paramref name="memberEmail"/>, for lists whose every row the
    /// test writes itself.</summary>
    public async Task<Guid> NewCircleAsync(string memberEmail, CircleRole role = CircleRole.Member)
    {
        await using var db = Sqlite.For(await WorkspaceAsync("Acme Sales"));
        var circle = new Circle("Lab " + Guid.NewGuid().ToString("N")[..8]);
        var userId = await db.Users.Where(u => u.Email == memberEmail).Select(u => u.Id).SingleAsync();
        db.Circles.Add(circle);
        db.CircleMemberships.Add(new CircleMembership(circle.Id, userId, role));
        await db.SaveChangesAsync();
        return circle.Id;
    }

    /// <summary>Writes a contact straight to the database (no permission check), last contacted at
    /// <paramref name="lastContactAt"/> (now when not given).</summary>
    public async Task<Contact> AddContactAsync(Guid circleId, string name, string? email = null, string? company = null,
        ContactStatus status = ContactStatus.Lead, FunnelStage stage = FunnelStage.NeedsOutreach,
        DateTime? lastContactAt = null, string? phone = null, string workspace = "Acme Sales")
    {
        await using var db = Sqlite.For(await WorkspaceAsync(workspace));
        var at = lastContactAt ?? Clock.UtcNow;
        // Tests name a status and a stage independently: the stage decides, as it does in the product.
        var contact = new Contact(circleId, name, email ?? $"{Guid.NewGuid():N}@lab.example", null, at, phone, company,
            ContactFunnelRules.StatusAt(status, stage), stage);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return contact;
    }

    /// <summary>The contact as stored now, past every filter.</summary>
    public async Task<Contact?> StoredAsync(Guid contactId)
    {
        await using var db = Sqlite.For(TenantScope.None);
        return await db.Contacts.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId);
    }

    /// <summary>The contact's stored notes, past every filter, newest first.</summary>
    public async Task<List<ContactNote>> StoredNotesAsync(Guid contactId)
    {
        await using var db = Sqlite.For(TenantScope.None);
        return await db.ContactNotes.IgnoreQueryFilters().Where(n => n.ContactId == contactId)
            .OrderByDescending(n => n.CreatedAt).ToListAsync();
    }
}
