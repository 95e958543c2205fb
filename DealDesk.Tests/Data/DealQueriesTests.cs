using DealDesk.Core.Deals;
using DealDesk.Data.Services;
using DealDesk.Data.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data;

/// <summary>The deal table's query: every filter, sort and page against the same rows filtered in memory.</summary>
public sealed class DealQueriesTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
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
        var queries = await QueriesForAsync("rep@dealdesk.demo");
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
}
