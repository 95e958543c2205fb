using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Web.Components.Pages.Pipeline.Components;
using DealDesk.Web.Components.Shared;
using DealDesk.Web.Feeds;
using DealDesk.Web.Identity;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Pipeline;

/// <summary>The Kanban board. What it shows always comes from the database: a drop is saved through
/// <see cref="IDealService.MoveAsync"/> and the two columns are read again (also when the move fails, which puts the
/// card back), and changes announced by other users reload the columns they touched. The announcement of the page's
/// own drop is not read again, and a new health score reads only its card, so one drop reads each column once.</summary>
public sealed partial class PipelinePage : IDisposable
{
    private readonly HashSet<Guid> _moving = [];
    private readonly HashSet<Guid> _loadingMore = [];
    private BoardLoader _loader = null!;
    private UrlState<BoardFilter> _url = null!;
    private MudDropContainer<BoardCard>? _container;
    private DealFormOptions? _options;
    private IDisposable? _subscription;
    private DateTime _now;
    private bool _disposed;

    [Inject]
    private IPipelineBoardQueries Board { get; set; } = null!;

    [Inject]
    private IDealService Deals { get; set; } = null!;

    [Inject]
    private ChangeViewer Changes { get; set; } = null!;

    [Inject]
    private CurrentUser User { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    private BoardState BoardView => _loader.State;

    protected override async Task OnInitializedAsync()
    {
        _loader = new BoardLoader(Board);
        _url = new UrlState<BoardFilter>(Navigation, BoardFilterQuery.Codec(Navigation));
        // The board is read once the page is interactive, not also for the prerender: it cannot be dragged before,
        // and handing a full board from the prerender to the circuit would outgrow SignalR's message size limit.
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        _options = await Deals.GetFormOptionsAsync();
        _subscription = Changes.Subscribe(OnDealChangedAsync);

        // The address changed under the page (back button, the menu's link without filters): follow it.
        _url.Follow((_, wanted) => InvokeAsync(() => _disposed ? Task.CompletedTask : ShowAsync(_loader.LoadAsync(wanted))));
        await ShowAsync(_loader.LoadAsync(_url.View));
    }

    private async Task OnFilterChangedAsync(BoardFilter filter)
    {
        var reading = _loader.LoadAsync(filter);
        _url.Write(filter, replace: true);
        await ShowAsync(reading);
    }

    private async Task LoadMoreAsync(Guid stageId)
    {
        _loadingMore.Add(stageId);
        try
        {
            await ShowAsync(_loader.LoadMoreAsync(stageId));
        }
        finally
        {
            _loadingMore.Remove(stageId);
        }
    }

    private async Task OnDroppedAsync(MudItemDropInfo<BoardCard> drop)
    {
        if (drop.Item is not { } item || !Guid.TryParse(drop.DropzoneIdentifier, out var target)
            || BoardView.Column(target) is not { } column)
        {
            return;
        }

        var from = item.Card.StageId;
        // Drawn in the target column while the move is saved; reading both columns afterwards settles where it is.
        BoardState.Place(item, target);
        if (target == from)
        {
            return;
        }

        _moving.Add(item.Card.Id);
        try
        {
            string? reason = null;
            if (column.Stage.Kind == StageKind.Lost && (reason = await LostReasonDialog.AskAsync(Dialogs, item.Card.Name)) is null)
            {
                BoardState.Place(item, from);
                Redraw();
                return;
            }

            // Expected before the save: the feed may announce the move before MoveAsync returns.
            var move = new DealChange(User.WorkspaceId ?? Guid.Empty, item.Card.Id, DealChangeKind.Moved, from, target,
                User.UserId);
            _loader.ExpectMove(move);
            var result = await Deals.MoveAsync(item.Card.Id, target, reason, item.Card.Version);
            if (!result.Succeeded)
            {
                _loader.ForgetMove(move);
                Snackbar.Add(result.Message ?? "The deal could not be moved.", Severity.Error);
            }

            await ShowAsync(_loader.ReloadColumnsAsync([from, target]));
        }
        finally
        {
            _moving.Remove(item.Card.Id);
        }
    }

    // A change of a deal the board's filter never showed is not read; what it touched is read again through this
    // user's own filters.
    private Task OnDealChangedAsync(DealChange change) => !DealViewImpact.Affects(_loader.Filter, change)
        ? Task.CompletedTask
        : InvokeAsync(() => _disposed ? Task.CompletedTask : ShowAsync(_loader.FollowAsync(change)));

    private async Task ShowAsync(Task<bool> reading)
    {
        StateHasChanged();
        if (await reading && !_disposed)
        {
            Redraw();
        }
    }

    private void Redraw()
    {
        _now = Clock.GetUtcNow().UtcDateTime;
        StateHasChanged();
        // The drop zones keep their own order of the items they have seen; a refresh makes them take the new list's.
        _container?.Refresh();
    }

    private StageOption StageOf(BoardCard card) => BoardView.Columns.First(c => c.Stage.Id.ToString() == card.ZoneId).Stage;

    private static string ColumnClass(StageOption stage) => stage.Kind switch
    {
        StageKind.Won => "board-column board-column-won",
        StageKind.Lost => "board-column board-column-lost",
        _ => "board-column board-column-open",
    };

    public void Dispose()
    {
        _disposed = true;
        _subscription?.Dispose();
        _url?.Dispose();
    }
}
