using DealDesk.Core.Accounts;
using DealDesk.Core.Deals;
using DealDesk.Data.Deals;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;

namespace DealDesk.Tests.Data.Deals;

/// <summary>Next and Previous read a page from the boundary row of the page the user was on; the rows must be exactly
/// the ones the page number gives, and any anchor that no longer fits must fall back to the page number.</summary>
public sealed class DealKeysetPagingTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>, IDisposable
{
    private const int PageSize = 13;

    private readonly SqlCommandLog _log = new(seeded.Sqlite.Database.ConnectionString);

    private async Task<(DealQueries Queries, SqlCommandLog Log)> QueriesAsync()
    {
        var scope = await seeded.ScopeOfAsync("rep@dealdesk.demo");
        return (new DealQueries(new FixedScopeContextFactory(seeded.Sqlite.Database, scope)), _log);
    }

    public void Dispose() => _log.Dispose();

    // The same rows could also come from the OFFSET fallback: the page must have been read without one.
    private static void AssertReadFromTheAnchor(SqlCommandLog log)
    {
        Assert.NotEmpty(log.Commands);
        Assert.DoesNotContain(log.Commands, sql => sql.Contains("OFFSET", StringComparison.OrdinalIgnoreCase));
    }

    public static TheoryData<DealSortField, bool> KeysetSorts()
    {
        var data = new TheoryData<DealSortField, bool>();
        foreach (var field in new[]
                 {
                     DealSortField.Name, DealSortField.Value, DealSortField.Priority, DealSortField.DaysInStage,
                     DealSortField.Updated, DealSortField.Account, DealSortField.Owner, DealSortField.Stage,
                 })
        {
            data.Add(field, false);
            data.Add(field, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KeysetSorts))]
    public async Task Next_FromTheLastRowOfAPage_GivesTheFollowingPage(DealSortField sort, bool descending)
    {
        var (queries, log) = await QueriesAsync();
        var view = new DealSearch { SortBy = sort, Descending = descending, PageSize = PageSize };
        var pageThree = await queries.SearchAsync(view with { Page = 3 });
        var pageFour = await queries.SearchAsync(view with { Page = 4 });
        log.Clear();

        var viaNext = await queries.SearchAsync(view with { Page = 4, Anchor = PageAnchor.After(pageThree.Rows[^1].Id) });

        Assert.Equal(pageFour.Rows.Select(r => r.Id), viaNext.Rows.Select(r => r.Id));
        Assert.Equal(pageFour.TotalCount, viaNext.TotalCount);
        AssertReadFromTheAnchor(log);
    }

    [Theory]
    [MemberData(nameof(KeysetSorts))]
    public async Task Previous_FromTheFirstRowOfAPage_GivesThePrecedingPage(DealSortField sort, bool descending)
    {
        var (queries, log) = await QueriesAsync();
        var view = new DealSearch { SortBy = sort, Descending = descending, PageSize = PageSize };
        var pageFive = await queries.SearchAsync(view with { Page = 5 });
        var pageFour = await queries.SearchAsync(view with { Page = 4 });
        log.Clear();

        var viaPrevious = await queries.SearchAsync(view with { Page = 4, Anchor = PageAnchor.Before(pageFive.Rows[0].Id) });

        Assert.Equal(pageFour.Rows.Select(r => r.Id), viaPrevious.Rows.Select(r => r.Id));
        AssertReadFromTheAnchor(log);
    }

    [Fact]
    public async Task Next_WithAnAnchorOutsideTheFilter_ReadsThePageByItsNumber()
    {
        var (queries, _) = await QueriesAsync();
        var all = await queries.SearchAsync(new DealSearch { SortBy = DealSortField.Value, PageSize = 200 });
        var high = all.Rows.First(r => r.Priority == DealPriority.High);
        var notHigh = all.Rows.First(r => r.Priority != DealPriority.High);
        var view = new DealSearch
        {
            SortBy = DealSortField.Value, Priorities = [DealPriority.High], PageSize = PageSize, Page = 1,
        };
        var expected = await queries.SearchAsync(view);

        var viaStrayAnchor = await queries.SearchAsync(view with { Anchor = PageAnchor.After(notHigh.Id) });
        var viaMissingAnchor = await queries.SearchAsync(view with { Anchor = PageAnchor.After(Guid.CreateVersion7()) });

        Assert.NotEqual(high.Id, notHigh.Id);
        Assert.Equal(expected.Rows.Select(r => r.Id), viaStrayAnchor.Rows.Select(r => r.Id));
        Assert.Equal(expected.Rows.Select(r => r.Id), viaMissingAnchor.Rows.Select(r => r.Id));
    }

    [Theory]
    [InlineData(DealSortField.Health)]
    [InlineData(DealSortField.ExpectedClose)]
    public async Task Next_OnASortWithoutAKeysetForm_ReadsThePageByItsNumber(DealSortField sort)
    {
        var (queries, log) = await QueriesAsync();
        var view = new DealSearch { SortBy = sort, PageSize = PageSize };
        var pageOne = await queries.SearchAsync(view with { Page = 1 });
        var pageTwo = await queries.SearchAsync(view with { Page = 2 });
        log.Clear();

        var viaNext = await queries.SearchAsync(view with { Page = 2, Anchor = PageAnchor.After(pageOne.Rows[^1].Id) });

        Assert.Equal(pageTwo.Rows.Select(r => r.Id), viaNext.Rows.Select(r => r.Id));
        Assert.Contains(log.Commands, sql => sql.Contains("OFFSET", StringComparison.OrdinalIgnoreCase));
    }
}
