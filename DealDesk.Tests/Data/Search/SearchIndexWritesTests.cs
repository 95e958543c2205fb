using DealDesk.Core.Accounts;
using DealDesk.Core.Contacts;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Accounts;
using DealDesk.Data.Circles;
using DealDesk.Data.Contacts;
using DealDesk.Data.Deals;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Data.Search;

/// <summary>Every write keeps the search indexes in step: a new row is found at once, a renamed one under its new name
/// only, a deal under its account's new name, a deleted one no more; also after <c>VACUUM</c>.</summary>
public sealed class SearchIndexWritesTests : IAsyncLifetime
{
    private const string Admin = "admin@dealdesk.demo";

    private SqliteTestDatabase _sqlite = null!;
    private TenantScope _scope = null!;

    public async ValueTask InitializeAsync()
    {
        _sqlite = await FreshDemoDatabase.CreateAsync();
        _scope = await _sqlite.Database.ScopeOfUserAsync(Admin);
    }

    public async ValueTask DisposeAsync() => await _sqlite.DisposeAsync();

    [Fact]
    public async Task DealAndAccountWrites_KeepDealAndAccountSearchInStep()
    {
        Guid accountId, dealId;
        await using (var db = _sqlite.For(_scope))
        {
            var account = new Account("Quuxbar Widgets", industry: "Grommets");
            db.Accounts.Add(account);
            var stage = await db.PipelineStages.Where(s => s.Kind == StageKind.Open).OrderBy(s => s.Order).FirstAsync();
            var circle = await db.Circles.Select(c => c.Id).FirstAsync();
            var deal = new Deal("Zyxwvut pilot", account.Id, circle, stage, _scope.UserId, DateTime.UtcNow);
            db.Deals.Add(deal);
            await db.SaveChangesAsync();
            (accountId, dealId) = (account.Id, deal.Id);
        }

        Assert.Equal([dealId], await DealsAsync("YXWVU"));
        Assert.Equal([dealId], await DealsAsync("uxbar w"));
        Assert.Equal([accountId], await AccountsAsync("ommet"));

        await UpdateAsync<Deal>(dealId, d => d.Rename("Plainname renewal"));
        Assert.Empty(await DealsAsync("yxwvu"));
        Assert.Equal([dealId], await DealsAsync("ainnam"));

        await UpdateAsync<Account>(accountId, a => a.Rename("Frobnicate Ltd"));
        Assert.Empty(await DealsAsync("uxbar"));
        Assert.Empty(await AccountsAsync("uxbar"));
        Assert.Equal([dealId], await DealsAsync("robnica"));
        Assert.Equal([accountId], await AccountsAsync("robnica"));

        await UpdateAsync<Account>(accountId, a => a.Describe("Sprockets", a.Size, a.Region, null, null));
        Assert.Empty(await AccountsAsync("ommet"));
        Assert.Equal([accountId], await AccountsAsync("rocket"));

        await using (var db = _sqlite.For(_scope))
        {
            db.Deals.Remove(await db.Deals.SingleAsync(d => d.Id == dealId));
            await db.SaveChangesAsync();
        }

        Assert.Empty(await DealsAsync("ainnam"));
        await AssertIndexesIntactAsync();
    }

    [Fact]
    public async Task ContactWrites_KeepContactSearchInStep()
    {
        Guid circleId, contactId;
        await using (var db = _sqlite.For(_scope))
        {
            circleId = await db.Circles.Where(c => c.Name == "Partner Team").Select(c => c.Id).SingleAsync();
            var contact = new Contact(circleId, "Wilhelmina Zorg", "wz@zorgcorp.example", _scope.UserId, DateTime.UtcNow,
                company: "Zorgcorp");
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
            contactId = contact.Id;
        }

        Assert.Equal([contactId], await ContactsAsync(circleId, "HELMIN"));
        Assert.Equal([contactId], await ContactsAsync(circleId, "orgcor"));

        await UpdateAsync<Contact>(contactId, c => c.Update("Bartholomew Zorg", "bz@quixote.example", null, "Quixote",
            c.Status, c.FunnelStage, DateTime.UtcNow));
        Assert.Empty(await ContactsAsync(circleId, "helmin"));
        Assert.Empty(await ContactsAsync(circleId, "orgcor"));
        Assert.Equal([contactId], await ContactsAsync(circleId, "tholom"));
        Assert.Equal([contactId], await ContactsAsync(circleId, "@quixote"));

        await using (var db = _sqlite.For(_scope))
        {
            db.Contacts.Remove(await db.Contacts.SingleAsync(c => c.Id == contactId));
            await db.SaveChangesAsync();
        }

        Assert.Empty(await ContactsAsync(circleId, "tholom"));
        await AssertIndexesIntactAsync();
    }

    [Fact]
    public async Task Vacuum_KeepsTheIndexesPointingAtTheirRows()
    {
        // The indexes find rows by rowid: VACUUM must not renumber them (it keeps the rowids of tables with an
        // index). A deleted row leaves the gap that a renumbering would close.
        Guid dealId;
        await using (var db = _sqlite.For(_scope))
        {
            var stage = await db.PipelineStages.Where(s => s.Kind == StageKind.Open).OrderBy(s => s.Order).FirstAsync();
            var circle = await db.Circles.Select(c => c.Id).FirstAsync();
            var account = await db.Accounts.Select(a => a.Id).FirstAsync();
            var gone = new Deal("Soon gone", account, circle, stage, _scope.UserId, DateTime.UtcNow);
            db.Deals.Add(gone);
            await db.SaveChangesAsync();
            var kept = new Deal("Kept deal", account, circle, stage, _scope.UserId, DateTime.UtcNow);
            db.Deals.Add(kept);
            await db.SaveChangesAsync();
            dealId = kept.Id;
            db.Deals.Remove(gone);
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("VACUUM");
        }

        await UpdateAsync<Deal>(dealId, d => d.Rename("Post-vacuum Qwertyuiop"));
        Assert.Equal([dealId], await DealsAsync("ertyui"));
        await AssertIndexesIntactAsync();
    }

    private async Task UpdateAsync<T>(Guid id, Action<T> change)
        where T : class
    {
        await using var db = _sqlite.For(_scope);
        var entity = await db.Set<T>().SingleAsync(e => EF.Property<Guid>(e, "Id") == id);
        change(entity);
        await db.SaveChangesAsync();
    }

    private async Task<List<Guid>> DealsAsync(string text) =>
        (await new DealQueries(new FixedScopeContextFactory(_sqlite.Database, _scope))
            .SearchAsync(new DealSearch { Text = text, PageSize = DealSearch.MaxPageSize }))
        .Rows.Select(r => r.Id).ToList();

    private async Task<List<Guid>> AccountsAsync(string text) =>
        (await new AccountService(new FixedScopeContextFactory(_sqlite.Database, _scope), NullLogger<AccountService>.Instance)
            .SearchAsync(text, 0, AccountService.MaxPageSize))
        .Rows.Select(r => r.Id).ToList();

    private async Task<List<Guid>> ContactsAsync(Guid circleId, string text)
    {
        var contexts = new FixedScopeContextFactory(_sqlite.Database, _scope);
        var queries = new ContactQueries(contexts,
            new CircleAccess(contexts, new TestCurrentUser(_scope), NullLogger<CircleAccess>.Instance));
        var page = await queries.SearchAsync(new ContactSearch
        {
            CircleId = circleId, Text = text, PageSize = ContactSearch.MaxPageSize,
        });
        return page.Rows.Select(r => r.Id).ToList();
    }

    /// <summary>FTS5's own check that each index holds exactly the text of its table's rows.</summary>
    private async Task AssertIndexesIntactAsync()
    {
        await using var db = _sqlite.For(TenantScope.None);
        // Each throws (SQLITE_CORRUPT_VTAB) when the index and its table disagree.
        await db.Database.ExecuteSqlAsync($"INSERT INTO deals_search(deals_search, rank) VALUES ('integrity-check', 1)");
        await db.Database.ExecuteSqlAsync($"INSERT INTO accounts_search(accounts_search, rank) VALUES ('integrity-check', 1)");
        await db.Database.ExecuteSqlAsync($"INSERT INTO contacts_search(contacts_search, rank) VALUES ('integrity-check', 1)");
    }
}
