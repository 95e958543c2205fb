using DealDesk.Core.Accounts;
using DealDesk.Core.Deals;
using DealDesk.Data.Intelligence.Stakeholders;
using DealDesk.Web.Components.Pages.Deals;
using MudBlazor;

namespace DealDesk.Tests.Web.Deals;

public sealed class DealGridTests
{
    private static readonly DealSearch View = new()
    {
        Text = "acme", StageIds = [Guid.NewGuid()], Priorities = [DealPriority.High], SortBy = DealSortField.Name,
        Descending = false, Page = 2, PageSize = 10,
    };

    [Theory]
    [InlineData(nameof(DealRow.Name), DealSortField.Name)]
    [InlineData(nameof(DealRow.AccountName), DealSortField.Account)]
    [InlineData(nameof(DealRow.StageName), DealSortField.Stage)]
    [InlineData(nameof(DealRow.Value), DealSortField.Value)]
    [InlineData(nameof(DealRow.Priority), DealSortField.Priority)]
    [InlineData(nameof(DealRow.OwnerName), DealSortField.Owner)]
    [InlineData(nameof(DealRow.ExpectedCloseDate), DealSortField.ExpectedClose)]
    [InlineData(nameof(DealRow.StageEnteredAt), DealSortField.DaysInStage)]
    [InlineData(nameof(DealRow.UpdatedAt), DealSortField.Updated)]
    public void Apply_SortsByTheColumnsField_InTheGridsDirection_KeepingTheFilters(string column, DealSortField field)
    {
        foreach (var descending in new[] { false, true })
        {
            var search = DealGrid.Apply(View, State(5, 50, new SortDefinition<DealRow>(column, descending, 0, _ => 0)));

            Assert.Equal((field, descending, 5, 50), (search.SortBy, search.Descending, search.Page, search.PageSize));
            Assert.Equal(View.Text, search.Text);
            Assert.Equal(View.StageIds, search.StageIds);
            Assert.Equal(View.Priorities, search.Priorities);
            Assert.Equal(descending ? SortDirection.Descending : SortDirection.Ascending,
                DealGrid.InitialDirection(search, field));
        }
    }

    [Fact]
    public void Apply_WithoutASortOrWithAnUnknownColumn_KeepsTheViewsSort()
    {
        foreach (var state in new[] { State(0, 25), State(0, 25, new SortDefinition<DealRow>("Health", true, 0, _ => 0)) })
        {
            var search = DealGrid.Apply(View, state);

            Assert.Equal((DealSortField.Name, false, 0, 25), (search.SortBy, search.Descending, search.Page, search.PageSize));
        }
    }

    [Fact]
    public void InitialDirection_IsNoneOnEveryOtherColumn()
    {
        Assert.All(Enum.GetValues<DealSortField>().Where(f => f != View.SortBy),
            f => Assert.Equal(SortDirection.None, DealGrid.InitialDirection(View, f)));
    }

    private static GridState<DealRow> State(int page, int pageSize, params SortDefinition<DealRow>[] sorts) =>
        new() { Page = page, PageSize = pageSize, SortDefinitions = [.. sorts] };
}
