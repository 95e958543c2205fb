using DealDesk.Core.Deals;
using DealDesk.Web.Components.Pages.Deals;

namespace DealDesk.Tests.Web.Deals;

public sealed class DealGridTests
{
    private static readonly DealSearch View = new()
    {
        Text = "acme", StageIds = [Guid.NewGuid()], Priorities = [DealPriority.High], SortBy = DealSortField.Name,
        Descending = false, Page = 2, PageSize = 10,
    };

    [Fact]
    public void EverySortField_HasOneColumn()
    {
        Assert.Equal(Enum.GetValues<DealSortField>().Order(), DealGrid.Columns.Select(c => c.Field).Order());
    }

    [Theory]
    [InlineData(DealSortField.Account)]
    [InlineData(DealSortField.Stage)]
    [InlineData(DealSortField.Value)]
    [InlineData(DealSortField.Priority)]
    [InlineData(DealSortField.Owner)]
    [InlineData(DealSortField.ExpectedClose)]
    [InlineData(DealSortField.DaysInStage)]
    [InlineData(DealSortField.Health)]
    [InlineData(DealSortField.Updated)]
    public void SortedBy_AnotherColumn_SortsAscendingByItsField_FromTheFirstPage_KeepingTheFilters(DealSortField field)
    {
        var search = DealGrid.SortedBy(View, field);

        Assert.Equal((field, false, 0, 10), (search.SortBy, search.Descending, search.Page, search.PageSize));
        Assert.Equal(View.Text, search.Text);
        Assert.Equal(View.StageIds, search.StageIds);
        Assert.Equal(View.Priorities, search.Priorities);
        Assert.Equal("mud-direction-asc", DealGrid.DirectionClass(search, field));
    }

    [Fact]
    public void SortedBy_TheSortedColumn_TurnsItAround_AndBackAgain()
    {
        var descending = DealGrid.SortedBy(View, DealSortField.Name);
        var ascending = DealGrid.SortedBy(descending, DealSortField.Name);

        Assert.Equal((DealSortField.Name, true, 0), (descending.SortBy, descending.Descending, descending.Page));
        Assert.Equal("mud-direction-desc", DealGrid.DirectionClass(descending, DealSortField.Name));
        Assert.Equal((DealSortField.Name, false, 0), (ascending.SortBy, ascending.Descending, ascending.Page));
    }

    [Fact]
    public void OnPage_AndWithPageSize_KeepTheSortAndFilters_AndANewSizeStartsOnTheFirstPage()
    {
        var next = DealGrid.OnPage(View, 3);
        var larger = DealGrid.WithPageSize(View, 50);

        Assert.Equal((DealSortField.Name, false, 3, 10), (next.SortBy, next.Descending, next.Page, next.PageSize));
        Assert.Equal((0, 50), (larger.Page, larger.PageSize));
        Assert.True(DealTableUrl.SameView(View with { Page = 3 }, next));
        Assert.True(DealTableUrl.SameView(View with { Page = 0, PageSize = 50 }, larger));
    }

    [Fact]
    public void WithPageSize_NotOffered_FallsBackToTheDefault()
    {
        Assert.Equal(DealSearch.DefaultPageSize, DealGrid.WithPageSize(View, 7).PageSize);
    }

    [Theory]
    [InlineData(0, 25, 0)]
    [InlineData(1, 25, 0)]
    [InlineData(25, 25, 0)]
    [InlineData(26, 25, 1)]
    [InlineData(403, 25, 16)]
    public void LastPage_IsZeroBased_AndZeroWhenEmpty(int total, int pageSize, int last)
    {
        Assert.Equal(last, DealGrid.LastPage(total, pageSize));
    }

    [Fact]
    public void DirectionClass_IsEmptyOnEveryOtherColumn()
    {
        Assert.All(Enum.GetValues<DealSortField>().Where(f => f != View.SortBy),
            f => Assert.Equal("", DealGrid.DirectionClass(View, f)));
    }
}
