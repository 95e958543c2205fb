using DealDesk.Core.Deals;
using DealDesk.Web.Components.Pages.Deals.Components;
using DealDesk.Web.Components.Shared;
using DealDesk.Web.Feeds;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Deals;

/// <summary>The deal table. The URL is the one source of the view: the toolbar, the headers and the pager go to a new
/// address, and the page shows whatever address it is at (theirs, Back, a link, a reload).</summary>
public sealed partial class DealsPage : IDisposable
{
    private DealTableToolbar? _toolbar;
    private LiveDealTable? _live;
    private UrlState<DealSearch> _url = null!;

    // The rows on screen and the view they are of; null until the first load.
    private Core.Deals.DealPage? _page;
    private DealSearch _pageView = new();

    // The page on screen, so that Next and Previous can be read from its boundary rows (keyset paging).
    private ShownPage? _shown;

    // The load in progress: a newer one (another address, a change elsewhere) cancels it.
    private CancellationTokenSource? _loading;
    private bool _dialogOpen;

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
        _url.Follow((_, _) => InvokeAsync(ReloadAsync));
        // Reloads for a change that touches the page on screen, at most twice a second.
        _live = new LiveDealTable(Changes, InvokeAsync, ReloadAsync);

        FilterOptions ??= await Deals.GetFormOptionsAsync();
        if (RendererInfo.IsInteractive)
        {
            await ReloadAsync();
        }
    }

    private void Show(DealSearch search) => _url.Go(search);

    /// <summary>Loads the page the address describes and shows it.</summary>
    private async Task ReloadAsync()
    {
        if (_loading is { } previous)
        {
            await previous.CancelAsync();
            previous.Dispose();
        }

        var loading = _loading = new CancellationTokenSource();
        var view = _url.View;
        var search = view with { Anchor = _shown?.AnchorFor(view) };
        Core.Deals.DealPage page;
        try
        {
            page = await Queries.SearchAsync(search, loading.Token);
        }
        catch (OperationCanceledException) when (loading.IsCancellationRequested)
        {
            return;
        }

        if (loading.IsCancellationRequested)
        {
            return;
        }

        if (page.Rows.Count == 0 && view.Page > 0)
        {
            // Past the end (an old link, or rows gone since): the first page, in place of this history entry, so
            // that Back does not lead to the empty page again.
            _url.Write(DealGrid.OnPage(view, 0), replace: true);
            await ReloadAsync();
            return;
        }

        _page = page;
        _pageView = view;
        _shown = page.Rows.Count > 0 ? new ShownPage(view, page.Rows[0].Id, page.Rows[^1].Id) : null;
        _live?.Shows(view, page.Rows);
        StateHasChanged();
    }

    /// <summary>A page the table showed: its view and its first and last rows.</summary>
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

    private void OpenDeal(Guid id) => Navigation.NavigateTo($"/deals/{id}");

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
        _loading?.Cancel();
        _loading?.Dispose();
    }
}
