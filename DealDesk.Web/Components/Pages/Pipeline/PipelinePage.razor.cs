using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Web.Components.Pages.Pipeline.Components;
using DealDesk.Web.Components.Shared;
using DealDesk.Web.Feeds;
using DealDesk.Web.Identity;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Pipeline;

/// <summary>The Kanban board. What it shows comes from the database, and a drop shows at once: the card is drawn in
/// its new column, with both columns' totals, in the render that answers the drop; <see cref="BoardMoves"/> saves it in
/// the background, then keeps it (reading its card again) or puts it back with the reason. Changes announced by other
/// users reload the columns they touched. The announcement of the page's own drop is not read again, and a new health
/// score reads only its card.</summary>
public sealed partial class PipelinePage : IDisposable
{
    private readonly HashSet<Guid> _loadingMore = [];
    private BoardLoader _loader = null!;
    private BoardMoves _moves = null!;
    private UrlState<BoardFilter> _url = null!;
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
        _moves = new BoardMoves(_loader, Deals, User);
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

    // Not awaited: MudDropContainer ends its drag only when this handler returns, so a handler that awaited the save
    // would hold the drag, and the end of one drop would end a second drag begun meanwhile. Returning at once also
    // draws the drop in the render that follows this handler.
    private void OnDropped(MudItemDropInfo<BoardCard> drop)
    {
        if (drop.Item is { } item && Guid.TryParse(drop.DropzoneIdentifier, out var target)
            && _moves.Begin(item, target, Clock.GetUtcNow().UtcDateTime) is { } move)
        {
            _now = Clock.GetUtcNow().UtcDateTime;
            _ = SaveDropAsync(move);
        }
    }

    private async Task SaveDropAsync(PendingMove move)
    {
        try
        {
            var name = move.Before.Name;
            var from = BoardView.Column(move.From)?.Stage.Name ?? "its column";
            string? reason = null;
            if (BoardView.Column(move.To)?.Stage.Kind == StageKind.Lost
                && (reason = await LostReasonDialog.AskAsync(Dialogs, name)) is null)
            {
                _moves.Cancel(move);
                Tell($"“{name}” went back to {from}: a deal is marked lost only with a reason.", Severity.Info);
            }
            else if (await _moves.SaveAsync(move, reason) is { Succeeded: false } refused)
            {
                Tell($"“{name}” went back to {from}. {refused.Message ?? "The deal could not be moved."}", Severity.Error);
            }

            if (!_disposed)
            {
                Redraw();
                await ShowAsync(_moves.ReadAfterAsync(move));
            }
        }
        catch (Exception e) when (!_disposed)
        {
            // Shown like a failure in any other handler of the page (its error boundary), the drop already taken back.
            Redraw();
            await DispatchExceptionAsync(e);
        }
    }

    private void Tell(string message, Severity severity)
    {
        if (!_disposed)
        {
            Snackbar.Add(message, severity);
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

    // The drop zones draw again in the same render when the board's revision changed (BoardZoneRefresh).
    private void Redraw()
    {
        _now = Clock.GetUtcNow().UtcDateTime;
        StateHasChanged();
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
