using System.Globalization;
using DealDesk.Core.Accounts;
using DealDesk.Core.Deals;
using DealDesk.Web.Components.Pages.Accounts.Components;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Accounts;

/// <summary>The account list: search, page and sort live in the URL (<see cref="AccountListUrl"/>), so a view can be
/// shared, reloaded and reached with Back. Every sortable header sorts in SQL, across all pages.</summary>
public sealed partial class AccountsPage
{
    private const int PageSize = 25;
    // Tighter than MudBlazor's dense cells, so all ten columns fit beside the menu on a laptop screen.
    private const string Cell = "padding: 6px 10px";
    private const string OneLine = Cell + "; white-space: nowrap";
    private const string Number = OneLine + "; text-align: right";

    private MudDataGrid<AccountRow>? _grid;
    private int _gridKey;

    // The view in the URL (search text, zero-based page), the grid's page, and what is in the search box.
    private string? _text;
    private int _urlPage;
    private AccountSort _sort = AccountSort.Default;
    private int _page;
    private string? _typed;

    [Inject]
    private IAccountService Accounts { get; set; } = null!;

    [Inject]
    private IDealService Deals { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    /// <summary>The search text in the URL.</summary>
    [SupplyParameterFromQuery(Name = "q")]
    public string? Query { get; set; }

    /// <summary>The page in the URL, from 1.</summary>
    [SupplyParameterFromQuery(Name = "page")]
    public string? PageNumber { get; set; }

    /// <summary>The sorted column in the URL.</summary>
    [SupplyParameterFromQuery(Name = "sort")]
    public string? SortColumn { get; set; }

    /// <summary>The sort direction in the URL: <c>desc</c>, or ascending.</summary>
    [SupplyParameterFromQuery(Name = "dir")]
    public string? Direction { get; set; }

    /// <summary>The workspace's currency, for the open values; kept from the prerender.</summary>
    [PersistentState]
    public string? Currency { get; set; }

    protected override async Task OnInitializedAsync() =>
        Currency ??= (await Deals.GetFormOptionsAsync()).Currency;

    protected override void OnParametersSet()
    {
        var text = string.IsNullOrWhiteSpace(Query) ? null : Query.Trim();
        var page = int.TryParse(PageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number is >= 1 and <= 1_000_000 ? number - 1 : 0;
        var sort = AccountListUrl.ParseSort(SortColumn, Direction);
        if (text == _text && page == _urlPage && sort == _sort && _grid is not null)
        {
            return; // The grid's own paging or sorting put it in the URL; it already shows it.
        }

        // Keep what the user is typing ("acme " on the way to "acme co") when the URL holds its trimmed form.
        if ((string.IsNullOrWhiteSpace(_typed) ? null : _typed.Trim()) != text)
        {
            _typed = text;
        }

        (_text, _urlPage, _page, _sort) = (text, page, page, sort);
        _gridKey++;
    }

    private async Task<GridData<AccountRow>> LoadAsync(GridState<AccountRow> state, CancellationToken cancellationToken)
    {
        var sort = SortOf(state);
        var result = await Accounts.SearchAsync(_text, state.Page, state.PageSize, sort, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (state.Page != _urlPage || sort != _sort)
        {
            // The user paged or sorted in the grid: record it in the URL (OnParametersSet then finds it already shown).
            (_urlPage, _sort) = (state.Page, sort);
            Navigation.NavigateTo(AccountListUrl.Build(_text, _urlPage, _sort));
        }

        return new GridData<AccountRow> { Items = result.Rows, TotalItems = result.TotalCount };
    }

    private void SearchChanged(string? typed)
    {
        _typed = typed;
        Navigation.NavigateTo(AccountListUrl.Build(typed, 0, _sort));
    }

    private async Task NewAccountAsync()
    {
        if (await AccountDialog.OpenAsync(Dialogs) is { } id)
        {
            Navigation.NavigateTo($"/accounts/{id}");
        }
    }

    private async Task EditAsync(Guid accountId)
    {
        if (await AccountDialog.OpenAsync(Dialogs, accountId) is not null && _grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    /// <summary>The grid's header sort as the service's; a header the service cannot sort by keeps the default.</summary>
    private static AccountSort SortOf(GridState<AccountRow> state) =>
        state.SortDefinitions.FirstOrDefault() is { } sorted
            && Enum.TryParse<AccountSortField>(sorted.SortBy, out var field)
            ? new AccountSort(field, sorted.Descending)
            : AccountSort.Default;

    // The column the URL sorts by starts with its arrow; the default (by name, A to Z) shows none.
    private SortDirection Initial(AccountSortField field) =>
        _sort == AccountSort.Default || _sort.Field != field ? SortDirection.None
        : _sort.Descending ? SortDirection.Descending : SortDirection.Ascending;
}
