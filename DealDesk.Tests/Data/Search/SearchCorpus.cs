using DealDesk.Core.Accounts;
using DealDesk.Core.Contacts;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Search;

/// <summary>The demo workspaces plus accounts, deals and contacts with awkward names (accents, LIKE wildcards, quotes,
/// full-text operators, mixed case, non-ASCII case pairs, an emoji, long names) in both tenants, for comparing the
/// indexed searches with plain <c>LIKE</c>.</summary>
public sealed class SearchCorpus : IAsyncLifetime
{
    /// <summary>The awkward names; each one names an account, a deal on it and a contact.</summary>
    public static readonly string[] Names =
    [
        "Café Crème", "CAFÉ CRÈME Holdings", "naïve résumé", "100% Growth", "50%_off deals", "under_score_co",
        @"back\slash\ltd", "O'Brien & Sons", "\"Quoted\" Partners", "AND OR NOT Inc", "NEAR(alpha beta)",
        "star * power", "col:umn {braces}", "(paren) [bracket]", "Über Ünïcödé", "ÜBER uber", "rocket 🚀 launch",
        "Mixed CaSe NaMe", "İstanbul Ltd", "Straße STRASSE", "ΣΊΣΥΦΟΣ σίσυφος", "Kelvin \u212A sign", "x", "ab",
        "a-b-c", "^caret$ dollar", "plus+minus-", "dots... and ---", "'single' \"double\" `back`",
        "Lorem ipsum " + string.Concat(Enumerable.Repeat("dolor sit amet ", 12)) + "END",
    ];

    private SqliteTestDatabase? _database;

    public SqliteTestDatabase Sqlite => _database ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>The circle the corpus's Acme contacts are in (the rep is a member).</summary>
    public Guid ContactCircleId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        _database = await FreshDemoDatabase.CreateAsync();
        ContactCircleId = await AddAsync("admin@dealdesk.demo", "Enterprise Team", ["Enterprise Team", "Growth Team", "Partner Team"], "acme");
        await AddAsync("admin@globex.demo", "Globex Direct", ["Globex Direct", "Globex Channel"], "globex");
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private async Task<Guid> AddAsync(string admin, string contactCircle, string[] dealCircles, string domain)
    {
        var scope = await Sqlite.Database.ScopeOfUserAsync(admin);
        await using var db = Sqlite.For(scope);
        var circles = await db.Circles.ToDictionaryAsync(c => c.Name, c => c.Id);
        var stage = await db.PipelineStages.Where(s => s.Kind == StageKind.Open).OrderBy(s => s.Order).FirstAsync();
        var now = DateTime.UtcNow;
        for (var i = 0; i < Names.Length; i++)
        {
            var name = Names[i];
            // Industry and website carry other awkward texts, so that account search reads three columns.
            var account = new Account(name, industry: Names[(i + 7) % Names.Length], website: $"https://{domain}{i}.example/{name[..1]}");
            db.Accounts.Add(account);
            db.Deals.Add(new Deal(Names[(i + 3) % Names.Length] + " deal", account.Id, circles[dealCircles[i % dealCircles.Length]],
                stage, scope.UserId, now));
            db.Contacts.Add(new Contact(circles[contactCircle], name, $"person{i}.{domain}@{name.Length}.example", scope.UserId,
                now, company: Names[(i + 11) % Names.Length]));
        }

        await db.SaveChangesAsync();
        return circles[contactCircle];
    }
}
