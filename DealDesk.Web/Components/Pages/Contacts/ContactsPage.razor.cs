using DealDesk.Core.Circles;
using DealDesk.Core.Contacts;
using DealDesk.Web.Components.Pages.Contacts.Components;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
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
    private bool _dialogOpen;

    // The view in the URL, and the view a newly built grid starts from (sort, page size, page).
    private UrlState<ContactListView> _url = null!;
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

    // The view in the URL, with the circle it shows filled in once resolved.
    private ContactSearch View => _url.View.Search;

    private bool Funnel => _url.View.Funnel;

    protected override async Task OnInitializedAsync()
    {
        _url = new UrlState<ContactListView>(Navigation, ContactListUrl.Codec);
        // Read once the page is interactive: the grid loads its own rows then, and the prerender would only repeat it.
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        _url.Follow((shown, wanted) => InvokeAsync(() => ShowUrlAsync(shown.Search, wanted)));
        Current.Changed += OnCircleChanged;
        await ShowUrlAsync(new ContactSearch(), _url.View);
    }

    /// <summary>Takes the view from the URL; the circle it names when the user sees it, else the current one, which
    /// then goes into the URL.</summary>
    private async Task ShowUrlAsync(ContactSearch shown, ContactListView wanted)
    {
        _circle = await Current.ResolveAsync(wanted.Search.CircleId == Guid.Empty ? null : wanted.Search.CircleId);
        _resolved = true;
        if (_circle is null)
        {
            return;
        }

        Current.Select(_circle.Id);
        var search = wanted.Search with { CircleId = _circle.Id };
        var sameGridState = _grid is not null && search.SortBy == shown.SortBy && search.Descending == shown.Descending
            && search.PageSize == shown.PageSize && search.Page == _gridPage;
        if (!sameGridState)
        {
            // Sort, page size or page differ. The grid keeps those to itself once built, so build a new one that
            // starts from the URL rather than drive the old one through a chain of loads.
            _gridStart = search;
            _gridPage = search.Page;
            _gridKey++;
        }

        _url.Write(wanted with { Search = search }, replace: true);
        StateHasChanged();
        if (sameGridState && _grid is not null && !wanted.Funnel)
        {
            await _grid.ReloadServerData();
        }
    }

    // The switcher picked another circle: show it with the same search and filters, from the first page.
    private void OnCircleChanged() => _ = InvokeAsync(() =>
    {
        if (Current.SelectedId is not { } id || id == View.CircleId)
        {
            return;
        }

        _url.Go(_url.View with { Search = View with { CircleId = id, Page = 0 } });
    });

    private void Show(ContactSearch search) => _url.Go(_url.View with { Search = search });

    private void ShowFunnel(bool funnel)
    {
        if (funnel != Funnel)
        {
            _url.Go(new ContactListView(View with { Page = 0 }, funnel));
        }
    }

    private async Task<GridData<ContactRow>> LoadAsync(GridState<ContactRow> state, CancellationToken cancellationToken)
    {
        var search = ContactGrid.Apply(View, state);
        var page = await Contacts.SearchAsync(search, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        if (!ContactListUrl.SameView(search, View))
        {
            // The user sorted or paged in the grid: record the new view in the URL, which the page already shows.
            _url.Write(new ContactListView(search, Funnel: false), replace: _replaceNextEntry);
        }

        // Mirrors the grid's own rule: it goes back to the first page when this one starts past the end.
        _replaceNextEntry = search.Page > 0 && search.Page * search.PageSize >= page.TotalCount;
        return new GridData<ContactRow> { Items = page.Rows, TotalItems = page.TotalCount };
    }

    private SortDirection Initial(ContactSortField field) => ContactGrid.InitialDirection(_gridStart, field);

    private void Open(DataGridRowClickEventArgs<ContactRow> click) =>
        Navigation.NavigateTo(ContactPageUrl.For(click.Item.Id, View.CircleId));

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
        _url?.Dispose();
        Current.Changed -= OnCircleChanged;
    }
}
