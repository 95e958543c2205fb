using DealDesk.Core.Deals;
using DealDesk.Data.Deals;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Deals;

/// <summary>Sorting the deal table by account, owner or stage: paged by number or by Next/Previous from a page's
/// boundary row, every visible deal shows exactly once, in the order of the joined names (deals without an owner
/// first when ascending, as NULL sorts), ties broken by the id.</summary>
public sealed class DealJoinedNameSortTests : IAsyncLifetime
{
    private const int PageSize = 7;

    private SqliteTestDatabase _db = null!;
    private TenantScope _rep = null!;

    public async ValueTask InitializeAsync()
    {
        _db = await FreshDemoDatabase.CreateAsync();
        _rep = await _db.Database.ScopeOfUserAsync("rep@dealdesk.demo");
        // Deals without an owner, which the owner sort must place as NULL sorts: before every name when ascending.
        await using var db = _db.For(TenantScope.None);
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE deals SET OwnerId = NULL WHERE rowid % 3 = 0");
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    public static TheoryData<DealSortField, bool> JoinedSorts()
    {
        var data = new TheoryData<DealSortField, bool>();
        foreach (var field in new[] { DealSortField.Account, DealSortField.Owner, DealSortField.Stage })
        {
            data.Add(field, false);
            data.Add(field, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(JoinedSorts))]
    public async Task PagedByNumber_EveryDealOnce_InTheJoinedOrder(DealSortField sort, bool descending)
    {
        var expected = await ExpectedOrderAsync(sort, descending);
        var view = new DealSearch { SortBy = sort, Descending = descending, PageSize = PageSize };
        var pages = (expected.Count + PageSize - 1) / PageSize;

        var seen = new List<Guid>();
        for (var page = 0; page < pages; page++)
        {
            seen.AddRange((await Queries.SearchAsync(view with { Page = page })).Rows.Select(r => r.Id));
        }

        Assert.Contains(await OwnerlessVisibleAsync(), id => expected.Contains(id));
        Assert.Equal(expected, seen);
    }

    [Theory]
    [MemberData(nameof(JoinedSorts))]
    public async Task PagedByNext_ThenBackByPrevious_EveryDealOnce_InTheJoinedOrder(DealSortField sort, bool descending)
    {
        var expected = await ExpectedOrderAsync(sort, descending);
        var view = new DealSearch { SortBy = sort, Descending = descending, PageSize = PageSize };
        var pages = (expected.Count + PageSize - 1) / PageSize;

        var current = await Queries.SearchAsync(view);
        var forward = new List<DealPage> { current };
        for (var page = 1; page < pages; page++)
        {
            current = await Queries.SearchAsync(view with { Page = page, Anchor = PageAnchor.After(current.Rows[^1].Id) });
            forward.Add(current);
        }

        var backward = new List<DealPage> { current };
        for (var page = pages - 2; page >= 0; page--)
        {
            current = await Queries.SearchAsync(view with { Page = page, Anchor = PageAnchor.Before(current.Rows[0].Id) });
            backward.Insert(0, current);
        }

        Assert.Equal(expected, forward.SelectMany(p => p.Rows).Select(r => r.Id));
        Assert.Equal(expected, backward.SelectMany(p => p.Rows).Select(r => r.Id));
    }

    [Theory]
    [MemberData(nameof(JoinedSorts))]
    public async Task Next_IsReadFromTheAnchor_NotByOffset(DealSortField sort, bool descending)
    {
        var view = new DealSearch { SortBy = sort, Descending = descending, PageSize = PageSize };
        var pageOne = await Queries.SearchAsync(view with { Page = 1 });
        var pageTwo = await Queries.SearchAsync(view with { Page = 2 });
        using var log = new SqlCommandLog(_db.Database.ConnectionString);

        var viaNext = await Queries.SearchAsync(view with { Page = 2, Anchor = PageAnchor.After(pageOne.Rows[^1].Id) });

        Assert.Equal(pageTwo.Rows.Select(r => r.Id), viaNext.Rows.Select(r => r.Id));
        Assert.NotEmpty(log.Commands);
        Assert.DoesNotContain(log.Commands, sql => sql.Contains("OFFSET", StringComparison.OrdinalIgnoreCase));
    }

    private DealQueries Queries => new(new FixedScopeContextFactory(_db.Database, _rep));

    /// <summary>The rep's deals ordered in memory by the names read from their own tables, as SQLite compares them:
    /// text by its bytes, a missing owner as NULL (lowest), ids as their stored upper-case text.</summary>
    private async Task<List<Guid>> ExpectedOrderAsync(DealSortField sort, bool descending)
    {
        await using var db = _db.For(_rep);
        var rows = await (
                from d in db.Deals
                join a in db.Accounts on d.AccountId equals a.Id
                join s in db.PipelineStages on d.StageId equals s.Id
                join u in db.Users on d.OwnerId equals u.Id into owners
                from u in owners.DefaultIfEmpty()
                select new { d.Id, Account = a.Name, Owner = u == null ? null : u.DisplayName, s.Order })
            .ToListAsync();
        var keyed = rows.Select(r => (r.Id, Key: (string?)(sort switch
        {
            DealSortField.Account => r.Account,
            DealSortField.Owner => r.Owner,
            _ => r.Order.ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
        })));
        var ordered = keyed.Order(Comparer<(Guid Id, string? Key)>.Create((x, y) =>
        {
            var byKey = (x.Key, y.Key) switch
            {
                (null, null) => 0,
                (null, _) => -1,
                (_, null) => 1,
                _ => string.CompareOrdinal(x.Key, y.Key),
            };
            return byKey != 0
                ? byKey
                : string.CompareOrdinal(x.Id.ToString().ToUpperInvariant(), y.Id.ToString().ToUpperInvariant());
        }));
        var ids = ordered.Select(r => r.Id).ToList();
        if (descending)
        {
            ids.Reverse();
        }

        return ids;
    }

    private async Task<List<Guid>> OwnerlessVisibleAsync()
    {
        await using var db = _db.For(_rep);
        return await db.Deals.Where(d => d.OwnerId == null).Select(d => d.Id).ToListAsync();
    }
}
