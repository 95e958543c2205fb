using DealDesk.Core.Circles;
using DealDesk.Core.Contacts;
using DealDesk.Web.Components.Pages.Contacts.Components;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Contacts;

/// <summary>The contact manager of the current circle: a server-side table or the funnel board. The URL is the one
/// source of the view (circle, search, filters, sort, page, table or funnel): the toolbar, the grid and the circle
/// switcher push a new history entry, and a URL reached any other way (Back, a link, a reload) is shown as it says.</summary>
public sealed partial class ContactsPage : IDisposable
{
    private static readonly int[] PageSizes = [.. ContactListUrl.PageSizes];

    private MudDataGrid<ContactRow>? _grid;
    private ContactToolbar? _toolbar;
    private MyCircle? _circle;
    private bool _resolved;
    private bool _funnel;
    private bool _dialogOpen;

    // The view in the URL, and the view a newly built grid starts from (sort, page size, page).
    private ContactSearch _view = new();
    private ContactSearch _gridStart = new();
    private int _gridKey;
    private int _gridPage;

    // Set when the grid is about to fall back from a page past the end to the first: that correction replaces the
    // history entry instead of adding one, so Back does not lead to the empty page again.
    private bool _replaceNextEntry;

    [Inject]
    private IContactQueries Contacts { get; set; } = null!;

    [Inject]
    private CurrentCircle Current { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override async Task OnInitializedAsync()
    {
        // Read once the page is interactive: the grid loads its own rows then, and the prerender would only repeat it.
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        Navigation.LocationChanged += OnLocationChanged;
        Current.Changed += OnCircleChanged;
        await ShowUrlAsync(replaceHistory: true);
    }

    private string Query => Navigation.ToAbsoluteUri(Navigation.Uri).Query;

    /// <summary>Takes the view from the URL; the circle it names when the user sees it, else the current one, which
    /// then goes into the URL.</summary>
    private async Task ShowUrlAsync(bool replaceHistory)
    {
        var wanted = ContactListUrl.Parse(Query);
        _funnel = ContactListUrl.IsFunnel(Query);
        _circle = await Current.ResolveAsync(wanted.CircleId == Guid.Empty ? null : wanted.CircleId);
        _resolved = true;
        if (_circle is null)
        {
            return;
        }

        Current.Select(_circle.Id);
        wanted = wanted with { CircleId = _circle.Id };
        var sameGridState = _grid is not null && wanted.SortBy == _view.SortBy && wanted.Descending == _view.Descending
            && wanted.PageSize == _view.PageSize && wanted.Page == _gridPage;
        _view = wanted;
        if (!sameGridState)
        {
            // Sort, page size or page differ. The grid keeps those to itself once built, so build a new one that
            // starts from the URL rather than drive the old one through a chain of loads.
            _gridStart = wanted;
            _gridPage = wanted.Page;
            _gridKey++;
        }

        if (ContactListUrl.ToQueryString(wanted, _funnel) != Query.TrimStart('?'))
        {
            Navigation.NavigateTo(ContactListUrl.ToUri(wanted, _funnel), new NavigationOptions { ReplaceHistoryEntry = replaceHistory });
        }

        StateHasChanged();
        if (sameGridState && _grid is not null && !_funnel)
        {
            await _grid.ReloadServerData();
        }
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        // Leaving for a contact also raises this before the page goes away; only the list's own address counts.
        var uri = Navigation.ToAbsoluteUri(e.Location);
        if (uri.AbsolutePath.TrimEnd('/') != ContactListUrl.Path)
        {
            return;
        }

        var wanted = ContactListUrl.Parse(uri.Query);
        if (ContactListUrl.SameView(wanted, _view) && ContactListUrl.IsFunnel(uri.Query) == _funnel)
        {
            return; // The grid or the toolbar put it there and already shows it.
        }

        _ = InvokeAsync(() => ShowUrlAsync(replaceHistory: true));
    }

    // The switcher picked another circle: show it with the same search and filters, from the first page.
    private void OnCircleChanged() => _ = InvokeAsync(() =>
    {
        if (Current.SelectedId is not { } id || id == _view.CircleId)
        {
            return;
        }

        Navigation.NavigateTo(ContactListUrl.ToUri(_view with { CircleId = id, Page = 0 }, _funnel));
    });

    private void Show(ContactSearch search) => Navigation.NavigateTo(ContactListUrl.ToUri(search, _funnel));

    private void ShowFunnel(bool funnel)
    {
        if (funnel != _funnel)
        {
            Navigation.NavigateTo(ContactListUrl.ToUri(_view with { Page = 0 }, funnel));
        }
    }

    private async Task<GridData<ContactRow>> LoadAsync(GridState<ContactRow> state, CancellationToken cancellationToken)
    {
        var search = ContactGrid.Apply(_view, state);
        var page = await Contacts.SearchAsync(search, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        if (!ContactListUrl.SameView(search, _view))
        {
            // The user sorted or paged in the grid: record the new view in the URL.
            _view = search;
            Navigation.NavigateTo(ContactListUrl.ToUri(search), new NavigationOptions { ReplaceHistoryEntry = _replaceNextEntry });
        }

        // Mirrors the grid's own rule: it goes back to the first page when this one starts past the end.
        _replaceNextEntry = search.Page > 0 && search.Page * search.PageSize >= page.TotalCount;
        return new GridData<ContactRow> { Items = page.Rows, TotalItems = page.TotalCount };
    }

    private SortDirection Initial(ContactSortField field) => ContactGrid.InitialDirection(_gridStart, field);

    private void Open(DataGridRowClickEventArgs<ContactRow> click) =>
        Navigation.NavigateTo(ContactPageUrl.For(click.Item.Id, _view.CircleId));

    private async Task SearchShortcutAsync(HotkeyEventArgs _)
    {
        if (!_dialogOpen && _toolbar is { IsEditing: false })
        {
            await _toolbar.FocusSearchAsync();
        }
    }

    private async Task NewContactAsync()
    {
        if (_dialogOpen || _circle is null)
        {
            return;
        }

        _dialogOpen = true;
        try
        {
            if (await ContactDialog.OpenAsync(Dialogs, _circle.Id) is { } id)
            {
                Navigation.NavigateTo(ContactPageUrl.For(id, _circle.Id));
            }
        }
        finally
        {
            _dialogOpen = false;
        }
    }

    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        Current.Changed -= OnCircleChanged;
    }
}
