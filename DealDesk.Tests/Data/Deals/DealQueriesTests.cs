using DealDesk.Core.Accounts;
using DealDesk.Core.Deals;
using DealDesk.Data.Deals;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Deals;

/// <summary>The deal table's query: every filter, sort and page against the same rows filtered in memory.</summary>
public sealed class DealQueriesTests(SeededDatabase seeded, DealQueriesTests.HandMadeDeals handMade)
    : IClassFixture<SeededDatabase>, IClassFixture<DealQueriesTests.HandMadeDeals>
{
    private const string Rep = "rep@dealdesk.demo";

    private async Task<DealQueries> QueriesForAsync(string email) =>
        new(new FixedScopeContextFactory(seeded.Sqlite.Database, await seeded.ScopeOfAsync(email)));

    [Theory]
    [InlineData(DealSortField.Updated)]
    [InlineData(DealSortField.Name)]
    [InlineData(DealSortField.Account)]
    [InlineData(DealSortField.Stage)]
    [InlineData(DealSortField.Value)]
    [InlineData(DealSortField.Priority)]
    [InlineData(DealSortField.Owner)]
    [InlineData(DealSortField.ExpectedClose)]
    [InlineData(DealSortField.DaysInStage)]
    public async Task Search_EverySortPagesThroughEachVisibleDealOnce(DealSortField sort)
    {
        var queries = await QueriesForAsync(Rep);
        var seen = new List<Guid>();
        DealPage page;
        var number = 0;
        do
        {
            page = await queries.SearchAsync(new DealSearch { SortBy = sort, Page = number++, PageSize = 17 });
            seen.AddRange(page.Rows.Select(r => r.Id));
        }
        while (page.Rows.Count > 0);

        Assert.Equal(page.TotalCount, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.True(seen.Count > 0);
    }

    [Theory]
    [InlineData(DealSortField.Updated, false)]
    [InlineData(DealSortField.Updated, true)]
    [InlineData(DealSortField.Name, false)]
    [InlineData(DealSortField.Name, true)]
    [InlineData(DealSortField.Account, false)]
    [InlineData(DealSortField.Account, true)]
    [InlineData(DealSortField.Stage, false)]
    [InlineData(DealSortField.Stage, true)]
    [InlineData(DealSortField.Value, false)]
    [InlineData(DealSortField.Value, true)]
    [InlineData(DealSortField.Priority, false)]
    [InlineData(DealSortField.Priority, true)]
    [InlineData(DealSortField.Owner, false)]
    [InlineData(DealSortField.Owner, true)]
    [InlineData(DealSortField.ExpectedClose, false)]
    [InlineData(DealSortField.ExpectedClose, true)]
    [InlineData(DealSortField.DaysInStage, false)]
    [InlineData(DealSortField.DaysInStage, true)]
    public async Task Search_SortsLikeTheSameRowsSortedInMemory(DealSortField sort, bool descending)
    {
        var raw = await RawDeals.LoadAsync(seeded, Rep);

        var rows = await AllRowsAsync(await QueriesForAsync(Rep), new DealSearch { SortBy = sort, Descending = descending });

        // Keys, not ids: rows with equal keys may come in either order, as long as every page agrees (see above).
        var byId = raw.Deals.ToDictionary(d => d.Id);
        var expected = descending
            ? raw.Deals.OrderByDescending(d => d, raw.ComparerFor(sort))
            : raw.Deals.OrderBy(d => d, raw.ComparerFor(sort));
        var comparer = raw.ComparerFor(sort);
        Assert.Equal(expected.Select(d => d.Id).ToHashSet(), rows.Select(r => r.Id).ToHashSet());
        Assert.Equal(raw.Deals.Count, rows.Count);
        for (var i = 1; i < rows.Count; i++)
        {
            var order = comparer.Compare(byId[rows[i - 1].Id], byId[rows[i].Id]);
            Assert.True(descending ? order >= 0 : order <= 0,
                $"{sort} {(descending ? "desc" : "asc")}: row {i - 1} ({rows[i - 1].Name}) before row {i} ({rows[i].Name})");
        }
    }

    [Theory]
    [InlineData(DealSortField.Updated, true)]
    [InlineData(DealSortField.Account, false)]
    [InlineData(DealSortField.Priority, true)]
    [InlineData(DealSortField.Priority, false)]
    [InlineData(DealSortField.Owner, false)]
    [InlineData(DealSortField.ExpectedClose, true)]
    [InlineData(DealSortField.DaysInStage, false)]
    public async Task Search_PagesOfTheSecondHalf_ReadFromTheEnd_AreTheSlicesOfTheWholeOrder(DealSortField sort,
        bool descending)
    {
        var queries = await QueriesForAsync(Rep);
        var search = new DealSearch { SortBy = sort, Descending = descending, PageSize = 7 };
        var whole = (await queries.SearchAsync(search with { PageSize = DealSearch.MaxPageSize })).Rows;
        Assert.True(whole.Count is > 30 and < DealSearch.MaxPageSize, "one page holds the whole order");

        var paged = new List<Guid>();
        for (var number = 0; number * 7 < whole.Count; number++)
        {
            paged.AddRange((await queries.SearchAsync(search with { Page = number })).Rows.Select(r => r.Id));
        }

        Assert.Equal(whole.Select(r => r.Id), paged);
    }

    [Fact]
    public async Task Search_DeepPageIsTheMatchingSliceOfTheWholeOrder()
    {
        var queries = await QueriesForAsync(Rep);
        var search = new DealSearch { SortBy = DealSortField.Value, Descending = true };
        var all = await AllRowsAsync(queries, search);

        var page = await queries.SearchAsync(search with { Page = 5, PageSize = 7 });

        Assert.True(all.Count > 42, "enough deals for a sixth page of seven");
        Assert.Equal(all.Skip(35).Take(7).Select(r => r.Id), page.Rows.Select(r => r.Id));
        Assert.Equal(all.Count, page.TotalCount);
    }

    [Fact]
    public async Task Search_PagePastTheEndIsEmpty_WithTheRightTotal()
    {
        var raw = await RawDeals.LoadAsync(seeded, Rep);

        var page = await (await QueriesForAsync(Rep)).SearchAsync(new DealSearch { Page = 1_000, PageSize = 50 });

        Assert.Empty(page.Rows);
        Assert.Equal(raw.Deals.Count, page.TotalCount);
    }

    [Fact]
    public async Task Search_EachFilterKeepsExactlyTheMatchingDeals()
    {
        var raw = await RawDeals.LoadAsync(seeded, Rep);
        var queries = await QueriesForAsync(Rep);
        var stages = raw.Deals.Select(d => d.Deal.StageId).Distinct().Take(2).ToList();
        var owners = raw.Deals.Where(d => d.Deal.OwnerId is not null).Select(d => d.Deal.OwnerId!.Value).Distinct().Take(2).ToList();
        var circle = raw.Deals.Select(d => d.Deal.CircleId).Distinct().First();
        var account = raw.Deals.GroupBy(d => d.Deal.AccountId).MaxBy(g => g.Count())!.Key;

        var cases = new (string What, DealSearch Search, Func<RawDeal, bool> Keeps)[]
        {
            ("two stages", new() { StageIds = stages }, d => stages.Contains(d.Deal.StageId)),
            ("high priority", new() { Priorities = [DealPriority.High] }, d => d.Deal.Priority == DealPriority.High),
            ("low or medium", new() { Priorities = [DealPriority.Low, DealPriority.Medium] },
                d => d.Deal.Priority != DealPriority.High),
            ("two owners", new() { OwnerIds = owners }, d => d.Deal.OwnerId is { } o && owners.Contains(o)),
            ("one circle", new() { CircleIds = [circle] }, d => d.Deal.CircleId == circle),
            ("one account", new() { AccountId = account }, d => d.Deal.AccountId == account),
            ("stage and priority", new() { StageIds = stages, Priorities = [DealPriority.Medium] },
                d => stages.Contains(d.Deal.StageId) && d.Deal.Priority == DealPriority.Medium),
        };

        foreach (var (what, search, keeps) in cases)
        {
            var expected = raw.Deals.Where(keeps).Select(d => d.Id).ToHashSet();
            var rows = await AllRowsAsync(queries, search);
            Assert.True(expected.Count > 0, $"{what}: the demo data has matching deals");
            Assert.True(expected.Count < raw.Deals.Count, $"{what}: the filter leaves some deals out");
            Assert.Equal(expected, rows.Select(r => r.Id).ToHashSet());
        }
    }

    [Fact]
    public async Task Search_RepSeesOnlyTheirCircles_AndACircleTheyAreNotInGivesNothing()
    {
        var raw = await RawDeals.LoadAsync(seeded, Rep);
        var queries = await QueriesForAsync(Rep);
        await using var system = seeded.Sqlite.For(TenantScope.System(raw.Scope.WorkspaceId));
        var partnerTeam = await system.Circles.Where(c => c.Name == "Partner Team").Select(c => c.Id).SingleAsync();
        var hiddenDeal = await system.Deals.Where(d => d.CircleId == partnerTeam).Select(d => d.Id).FirstAsync();

        var rows = await AllRowsAsync(queries, new DealSearch());
        var partnerPage = await queries.SearchAsync(new DealSearch { CircleIds = [partnerTeam] });

        Assert.Equal(raw.Deals.Select(d => d.Id).ToHashSet(), rows.Select(r => r.Id).ToHashSet());
        Assert.All(rows, r => Assert.Contains(r.CircleId, raw.Circles));
        Assert.DoesNotContain(partnerTeam, raw.Circles);
        Assert.Equal(0, partnerPage.TotalCount);
        Assert.Empty(partnerPage.Rows);
        Assert.Null(await queries.GetRowAsync(hiddenDeal));
        Assert.NotNull(await queries.GetRowAsync(rows[0].Id));
    }

    [Fact]
    public async Task Search_GlobexSeesNoneOfAcmesDeals()
    {
        var acme = await RawDeals.LoadAsync(seeded, "admin@dealdesk.demo");
        var globex = await QueriesForAsync("admin@globex.demo");

        var rows = await AllRowsAsync(globex, new DealSearch());
        var acmeCircle = await globex.SearchAsync(new DealSearch { CircleIds = [acme.Circles.First()] });
        var acmeText = await globex.SearchAsync(new DealSearch { Text = acme.Deals[0].Deal.Name });

        Assert.NotEmpty(rows);
        Assert.Empty(rows.Select(r => r.Id).Intersect(acme.Deals.Select(d => d.Id)));
        Assert.Equal(0, acmeCircle.TotalCount);
        Assert.Equal(0, acmeText.TotalCount);
        Assert.Null(await globex.GetRowAsync(acme.Deals[0].Id));
    }

    [Theory]
    [InlineData(ValueBand.Under10K, new[] { "v0", "v9999.99" })]
    [InlineData(ValueBand.From10KTo50K, new[] { "v10000", "v49999.99" })]
    [InlineData(ValueBand.From50KTo100K, new[] { "v50000", "v99999.99" })]
    [InlineData(ValueBand.From100KTo500K, new[] { "v100000", "v499999.99" })]
    [InlineData(ValueBand.From500K, new[] { "v500000", "v2000000" })]
    public async Task Search_ValueBand_TakesItsLowerBoundAndLeavesItsUpperBoundToTheNextBand(ValueBand band,
        string[] expected)
    {
        var page = await handMade.Queries.SearchAsync(new DealSearch { ValueBands = [band], Text = "v" });

        Assert.Equal(expected.Order(), page.Rows.Select(r => r.Name).Order());
    }

    [Fact]
    public async Task Search_SeveralValueBands_KeepDealsOfAnyOfThem()
    {
        var page = await handMade.Queries.SearchAsync(new DealSearch
        {
            ValueBands = [ValueBand.From500K, ValueBand.Under10K], Text = "v", SortBy = DealSortField.Value, Descending = false,
        });

        Assert.Equal(["v0", "v9999.99", "v500000", "v2000000"], page.Rows.Select(r => r.Name));
    }

    [Theory]
    [InlineData("ALPHA", new[] { "Alpha 100% sure" })]
    [InlineData("100%", new[] { "Alpha 100% sure" })]
    [InlineData("%", new[] { "Alpha 100% sure" })]
    [InlineData("a_u", new[] { "Beta_under" })]
    [InlineData("_", new[] { "Beta_under" })]
    [InlineData("  beta_UNDER ", new[] { "Beta_under" })]
    [InlineData("no such deal", new string[0])]
    public async Task Search_TextMatchesDealNamesLiterallyIgnoringCase(string text, string[] expected)
    {
        var page = await handMade.Queries.SearchAsync(new DealSearch { Text = text });

        Assert.Equal(expected, page.Rows.Select(r => r.Name).Order());
    }

    [Fact]
    public async Task Search_TextMatchesTheAccountName()
    {
        var page = await handMade.Queries.SearchAsync(new DealSearch { Text = handMade.AccountName.ToUpperInvariant() });

        Assert.Equal(handMade.DealCount, page.TotalCount);
    }

    private static async Task<List<DealRow>> AllRowsAsync(DealQueries queries, DealSearch search)
    {
        var rows = new List<DealRow>();
        for (var number = 0; ; number++)
        {
            var page = await queries.SearchAsync(search with { Page = number, PageSize = DealSearch.MaxPageSize });
            rows.AddRange(page.Rows);
            if (rows.Count >= page.TotalCount || page.Rows.Count == 0)
            {
                return rows;
            }
        }
    }

    /// <summary>A circle of its own in a fresh database, with deals on every value-band boundary and names that
    /// hold LIKE's wildcards.</summary>
    public sealed class HandMadeDeals : IAsyncLifetime
    {
        private static readonly decimal[] Values =
            [0m, 9_999.99m, 10_000m, 49_999.99m, 50_000m, 99_999.99m, 100_000m, 499_999.99m, 500_000m, 2_000_000m];

        private readonly SeededDatabase _database = new();

        internal DealQueries Queries { get; private set; } = null!;

        public string AccountName { get; private set; } = "";

        public int DealCount => Values.Length + 3;

        public async ValueTask InitializeAsync()
        {
            await _database.InitializeAsync();
            var circle = await HandMadeCircle.CreateAsync(_database.Sqlite, "Bounds");
            foreach (var value in Values)
            {
                await circle.AddDealAsync("v" + value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
                    value, "New", createdDaysAgo: 3);
            }

            await circle.AddDealAsync("Alpha 100% sure", 1m, "New", createdDaysAgo: 2);
            await circle.AddDealAsync("Beta_under", 1m, "New", createdDaysAgo: 2);
            await circle.AddDealAsync("Beta under 1000", 1m, "New", createdDaysAgo: 2);
            Queries = new DealQueries(circle.Contexts);
            await using var db = _database.Sqlite.For(circle.Member);
            AccountName = await db.Accounts.Where(a => db.Deals.Any(d => d.AccountId == a.Id)).Select(a => a.Name)
                .SingleAsync();
        }

        public ValueTask DisposeAsync() => _database.DisposeAsync();
    }
}

/// <summary>A deal with the names and order its table row shows, read without the query under test.</summary>
internal sealed record RawDeal(DealDesk.Core.Deals.Deal Deal, string AccountName, int StageOrder, string? OwnerName)
{
    public Guid Id => Deal.Id;
}

/// <summary>Every deal a user can see, loaded through a system context and filtered to the user's circles in
/// memory, to check the SQL filters and sorts against.</summary>
internal sealed record RawDeals(TenantScope Scope, IReadOnlySet<Guid> Circles, IReadOnlyList<RawDeal> Deals)
{
    public static async Task<RawDeals> LoadAsync(SeededDatabase seeded, string email)
    {
        var scope = await seeded.ScopeOfAsync(email);
        await using var db = seeded.Sqlite.For(TenantScope.System(scope.WorkspaceId));
        var circles = scope.SeesAllCircles
            ? await db.Circles.Select(c => c.Id).ToListAsync()
            : await db.CircleMemberships.Where(m => m.UserId == scope.UserId).Select(m => m.CircleId).ToListAsync();
        var accounts = await db.Accounts.ToDictionaryAsync(a => a.Id, a => a.Name);
        var stages = await db.PipelineStages.ToDictionaryAsync(s => s.Id, s => s.Order);
        var users = await db.Users.Where(u => u.WorkspaceId == scope.WorkspaceId).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        var deals = (await db.Deals.ToListAsync())
            .Where(d => circles.Contains(d.CircleId))
            .Select(d => new RawDeal(d, accounts[d.AccountId], stages[d.StageId],
                d.OwnerId is { } owner ? users[owner] : null))
            .ToList();
        return new RawDeals(scope, circles.ToHashSet(), deals);
    }

    /// <summary>Ascending order of a sort column as the table defines it. Strings compare by code unit, as SQLite's
    /// default collation does; a missing owner or close date comes first.</summary>
    public IComparer<RawDeal> ComparerFor(DealSortField sort) => Comparer<RawDeal>.Create((a, b) => sort switch
    {
        DealSortField.Name => string.CompareOrdinal(a.Deal.Name, b.Deal.Name),
        DealSortField.Account => string.CompareOrdinal(a.AccountName, b.AccountName),
        DealSortField.Stage => a.StageOrder.CompareTo(b.StageOrder),
        DealSortField.Value => a.Deal.Value.CompareTo(b.Deal.Value),
        DealSortField.Priority => a.Deal.Priority.CompareTo(b.Deal.Priority),
        DealSortField.Owner => string.CompareOrdinal(a.OwnerName, b.OwnerName),
        DealSortField.ExpectedClose => Nullable.Compare(a.Deal.ExpectedCloseDate, b.Deal.ExpectedCloseDate),
        // Fewer days in the stage first: the later arrival.
        DealSortField.DaysInStage => b.Deal.StageEnteredAt.CompareTo(a.Deal.StageEnteredAt),
        _ => a.Deal.UpdatedAt.CompareTo(b.Deal.UpdatedAt),
    });
}
