using DealDesk.Core.Deals;
using DealDesk.Web.Components.Pages.Deals.Components;
using DealDesk.Web.Components.Shared;
using DealDesk.Web.Feeds;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Deals;

/// <summary>The deal table. The URL is the one source of the view: the toolbar and the grid's sort and pager push
/// a new history entry, and a URL reached any other way (Back, a link, a reload) is shown as it says.</summary>
public sealed partial class DealsPage : IDisposable
{
    private static readonly int[] PageSizes = [.. DealTableUrl.PageSizes];

    private MudDataGrid<DealRow>? _grid;
    private DealTableToolbar? _toolbar;
    private LiveDealTable? _live;

    // The view in the URL, and the view a newly built grid starts from (sort, page size, page).
    private UrlState<DealSearch> _url = null!;
    private DealSearch _gridStart = new();
    private int _gridKey;
    private int _gridPage;

    // Set when the grid is about to fall back from a page past the end to the first: that correction replaces the
    // history entry instead of adding one, so Back does not lead to the empty page again.
    private bool _replaceNextEntry;
    private bool _dialogOpen;

    // The page on screen, so that Next and Previous can be read from its boundary rows (keyset paging).
    private ShownPage? _shown;

    [Inject]
    private IDealQueries Queries { get; set; } = null!;

    [Inject]
    private IDealService Deals { get; set; } = null!;

    [Inject]
    private ChangeViewer Changes { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    /// <summary>Filter choices, kept from the prerender for the interactive render.</summary>
    [PersistentState]
    public DealFormOptions? FilterOptions { get; set; }

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override async Task OnInitializedAsync()
    {
        _url = new UrlState<DealSearch>(Navigation, DealTableUrl.Codec);
        _gridStart = _url.View;
        _gridPage = _url.View.Page;
        _url.Follow((shown, wanted) => InvokeAsync(() => ApplyUrlAsync(shown, wanted)));
        // Reloads for a change that touches the page on screen, at most twice a second.
        _live = new LiveDealTable(Changes, InvokeAsync, ReloadAsync);

        FilterOptions ??= await Deals.GetFormOptionsAsync();
    }

    private async Task ApplyUrlAsync(DealSearch shown, DealSearch wanted)
    {
        var sameGridState = wanted.SortBy == shown.SortBy && wanted.Descending == shown.Descending
            && wanted.PageSize == shown.PageSize && wanted.Page == _gridPage;
        if (sameGridState && _grid is not null)
        {
            // Only the search or the filters differ: reload the grid as it stands.
            StateHasChanged();
            await _grid.ReloadServerData();
            return;
        }

        // Sort, page size or page differ. The grid keeps those to itself once built, so build a new one that
        // starts from the URL rather than drive the old one through a chain of loads.
        _gridStart = wanted;
        _gridPage = wanted.Page;
        _gridKey++;
        StateHasChanged();
    }

    private void Show(DealSearch search) => _url.Go(search);

    private async Task<GridData<DealRow>> LoadAsync(GridState<DealRow> state, CancellationToken cancellationToken)
    {
        var search = DealGrid.Apply(_url.View, state);
        search = search with { Anchor = _shown?.AnchorFor(search) };
        var page = await Queries.SearchAsync(search, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        _shown = page.Rows.Count > 0 ? new ShownPage(search, page.Rows[0].Id, page.Rows[^1].Id) : null;
        _live?.Shows(search, page.Rows);

        if (!DealTableUrl.SameView(search, _url.View))
        {
            // The user sorted or paged in the grid: record the new view in the URL, which the page already shows.
            _url.Write(search, replace: _replaceNextEntry);
        }

        // Mirrors the grid's own rule: it goes back to the first page when this one starts past the end.
        _replaceNextEntry = search.Page > 0 && search.Page * search.PageSize >= page.TotalCount;
        return new GridData<DealRow> { Items = page.Rows, TotalItems = page.TotalCount };
    }

    /// <summary>A page the grid showed: its view and its first and last rows.</summary>
    private sealed record ShownPage(DealSearch View, Guid FirstId, Guid LastId)
    {
        /// <summary>Where <paramref name="next"/> starts when it is this page's neighbour in the same view.</summary>
        public PageAnchor? AnchorFor(DealSearch next)
        {
            if (!DealTableUrl.SameView(next with { Page = View.Page }, View))
            {
                return null;
            }

            return (next.Page - View.Page) switch
            {
                1 => PageAnchor.After(LastId),
                -1 => PageAnchor.Before(FirstId),
                _ => null,
            };
        }
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private SortDirection Initial(DealSortField field) => DealGrid.InitialDirection(_gridStart, field);

    private void OpenDeal(DataGridRowClickEventArgs<DealRow> click) => Navigation.NavigateTo($"/deals/{click.Item.Id}");

    private async Task SearchShortcutAsync(HotkeyEventArgs _)
    {
        if (!_dialogOpen && _toolbar is { IsEditing: false })
        {
            await _toolbar.FocusSearchAsync();
        }
    }

    private Task NewDealShortcutAsync(HotkeyEventArgs _) =>
        _toolbar is { IsEditing: false } ? NewDealAsync() : Task.CompletedTask;

    private async Task NewDealAsync()
    {
        if (_dialogOpen)
        {
            return;
        }

        _dialogOpen = true;
        try
        {
            if (await DealDialog.OpenAsync(Dialogs) is not null)
            {
                await ReloadAsync();
            }
        }
        finally
        {
            _dialogOpen = false;
        }
    }

    public void Dispose()
    {
        _url?.Dispose();
        _live?.Dispose();
    }
}
