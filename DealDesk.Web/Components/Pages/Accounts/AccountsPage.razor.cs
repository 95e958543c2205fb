using DealDesk.Core.Accounts;
using DealDesk.Core.Deals;
using DealDesk.Web.Components.Pages.Accounts.Components;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Accounts;

/// <summary>The account list: search, page and sort live in the URL (<see cref="AccountListUrl"/>), so a view can be
/// shared, reloaded and reached with Back. Every sortable header sorts in SQL, across all pages.</summary>
public sealed partial class AccountsPage : IDisposable
{
    private const int PageSize = 25;
    // Tighter than MudBlazor's dense cells, so all ten columns fit beside the menu on a laptop screen.
    private const string Cell = "padding: 6px 10px";
    private const string OneLine = Cell + "; white-space: nowrap";
    private const string Number = OneLine + "; text-align: right";

    private MudDataGrid<AccountRow>? _grid;
    private int _gridKey;

    // The view in the URL, the grid's page, and what is in the search box.
    private UrlState<AccountListView> _url = null!;
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

    /// <summary>The workspace's currency, for the open values; kept from the prerender.</summary>
    [PersistentState]
    public string? Currency { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _url = new UrlState<AccountListView>(Navigation, AccountListUrl.Codec);
        Show(_url.View);
        _url.Follow((_, wanted) => InvokeAsync(() => Show(wanted)));
        Currency ??= (await Deals.GetFormOptionsAsync()).Currency;
    }

    /// <summary>Shows a view reached through the URL (a link, Back, the search box) with a new grid.</summary>
    private void Show(AccountListView view)
    {
        // Keep what the user is typing ("acme " on the way to "acme co") when the URL holds its trimmed form.
        if ((string.IsNullOrWhiteSpace(_typed) ? null : _typed.Trim()) != view.Text)
        {
            _typed = view.Text;
        }

        _page = view.Page;
        _gridKey++;
        StateHasChanged();
    }

    private async Task<GridData<AccountRow>> LoadAsync(GridState<AccountRow> state, CancellationToken cancellationToken)
    {
        var sort = SortOf(state);
        var result = await Accounts.SearchAsync(_url.View.Text, state.Page, state.PageSize, sort, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (state.Page != _url.View.Page || sort != _url.View.Sort)
        {
            // The user paged or sorted in the grid: record it in the URL, which the grid already shows.
            _url.Write(_url.View with { Page = state.Page, Sort = sort });
        }

        return new GridData<AccountRow> { Items = result.Rows, TotalItems = result.TotalCount };
    }

    private void SearchChanged(string? typed)
    {
        _typed = typed;
        _url.Go(new AccountListView(string.IsNullOrWhiteSpace(typed) ? null : typed.Trim(), 0, _url.View.Sort));
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
    private SortDirection Initial(AccountSortField field)
    {
        var sort = _url.View.Sort;
        return sort == AccountSort.Default || sort.Field != field ? SortDirection.None
            : sort.Descending ? SortDirection.Descending : SortDirection.Ascending;
    }

    public void Dispose() => _url?.Dispose();
}
