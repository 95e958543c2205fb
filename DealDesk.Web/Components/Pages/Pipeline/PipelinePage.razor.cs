using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Web.Components.Pages.Pipeline.Components;
using DealDesk.Web.Identity;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Pipeline;

/// <summary>The Kanban board. What it shows always comes from the database: a drop is saved through
/// <see cref="IDealService.MoveAsync"/> and the two columns are read again (also when the move fails, which puts the
/// card back), and changes announced by other users reload the columns they touched.</summary>
public sealed partial class PipelinePage : IDisposable
{
    private readonly BoardState _board = new();
    private readonly HashSet<Guid> _moving = [];
    private readonly HashSet<Guid> _loadingMore = [];

    // Reads still on their way are dropped when a newer read of the same board or column has been started, so that
    // answers arriving out of order never show an older state.
    private readonly Dictionary<Guid, int> _columnReads = [];
    private int _boardReads;

    private MudDropContainer<BoardCard>? _container;
    private BoardFilter _filter = new();
    private IDisposable? _subscription;
    private DateTime _now;
    private bool _loading;
    private bool _disposed;
    private DealFormOptions? _options;
    private bool _loaded;

    [Inject]
    private IPipelineBoardQueries Board { get; set; } = null!;

    [Inject]
    private IDealService Deals { get; set; } = null!;

    [Inject]
    private IDealChangeFeed Changes { get; set; } = null!;

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

    /// <summary>Search text from the address bar.</summary>
    [SupplyParameterFromQuery(Name = BoardFilterQuery.Text)]
    public string? Text { get; set; }

    /// <summary>Owner ids from the address bar.</summary>
    [SupplyParameterFromQuery(Name = BoardFilterQuery.Owner)]
    public Guid[]? Owners { get; set; }

    /// <summary>Circle ids from the address bar.</summary>
    [SupplyParameterFromQuery(Name = BoardFilterQuery.Circle)]
    public Guid[]? Circles { get; set; }

    /// <summary>Priority names from the address bar.</summary>
    [SupplyParameterFromQuery(Name = BoardFilterQuery.Priority)]
    public string[]? Priorities { get; set; }

    protected override async Task OnInitializedAsync()
    {
        // The board is read once the page is interactive, not also for the prerender: it cannot be dragged before,
        // and handing a full board from the prerender to the circuit would outgrow SignalR's message size limit.
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        _filter = QueryFilter();
        _options = await Deals.GetFormOptionsAsync();
        if (User.WorkspaceId is { } workspaceId)
        {
            _subscription = Changes.Subscribe(workspaceId, OnDealChangedAsync);
        }

        await LoadBoardAsync();
    }

    protected override async Task OnParametersSetAsync()
    {
        // The address changed under the page (back button, the menu's link without filters): follow it.
        var wanted = QueryFilter();
        if (_loaded && !BoardFilterQuery.Same(wanted, _filter))
        {
            _filter = wanted;
            await LoadBoardAsync();
        }
    }

    private BoardFilter QueryFilter() => BoardFilterQuery.Parse(Text, Owners, Circles, Priorities);

    private async Task OnFilterChangedAsync(BoardFilter filter)
    {
        _filter = filter;
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(BoardFilterQuery.ToQuery(filter)), replace: true);
        await LoadBoardAsync();
    }

    private async Task LoadBoardAsync()
    {
        var read = ++_boardReads;
        _loading = true;
        var columns = await Board.GetBoardAsync(_filter);
        if (read != _boardReads)
        {
            return;
        }

        _loading = false;
        _now = Clock.GetUtcNow().UtcDateTime;
        _board.Load(columns);
        _loaded = true;
        Redraw();
    }

    private async Task ReloadColumnsAsync(IEnumerable<Guid> stageIds)
    {
        var boardRead = _boardReads;
        var filter = _filter;
        foreach (var stageId in stageIds.Distinct())
        {
            if (_board.Column(stageId) is null)
            {
                // A stage the board does not show yet: the pipeline itself changed.
                await LoadBoardAsync();
                return;
            }

            var read = _columnReads[stageId] = _columnReads.GetValueOrDefault(stageId) + 1;
            // As many cards as were loaded, so a reload does not take back what "load more" showed.
            var take = Math.Max(BoardFilter.DefaultPageSize, _board.LoadedCount(stageId));
            var column = await Board.GetColumnAsync(filter, stageId, take);
            if (boardRead != _boardReads || read != _columnReads[stageId])
            {
                continue;
            }

            if (column is null)
            {
                await LoadBoardAsync();
                return;
            }

            _board.Replace(column);
        }

        _now = Clock.GetUtcNow().UtcDateTime;
        Redraw();
    }

    private async Task LoadMoreAsync(Guid stageId)
    {
        _loadingMore.Add(stageId);
        try
        {
            var boardRead = _boardReads;
            var cards = await Board.GetCardsAsync(_filter, stageId, _board.LoadedCount(stageId));
            if (boardRead == _boardReads)
            {
                _board.Append(stageId, cards);
                Redraw();
            }
        }
        finally
        {
            _loadingMore.Remove(stageId);
        }
    }

    private async Task OnDroppedAsync(MudItemDropInfo<BoardCard> drop)
    {
        if (drop.Item is not { } item || !Guid.TryParse(drop.DropzoneIdentifier, out var target)
            || _board.Column(target) is not { } column)
        {
            return;
        }

        var from = item.Card.StageId;
        if (target == from)
        {
            BoardState.Place(item, from);
            return;
        }

        // Drawn in the target column while the move is saved; the reads below settle where it really is.
        BoardState.Place(item, target);
        _moving.Add(item.Card.Id);
        try
        {
            string? reason = null;
            if (column.Stage.Kind == StageKind.Lost)
            {
                reason = await LostReasonDialog.AskAsync(Dialogs, item.Card.Name);
                if (reason is null)
                {
                    BoardState.Place(item, from);
                    Redraw();
                    return;
                }
            }

            var result = await Deals.MoveAsync(item.Card.Id, target, reason, item.Card.Version);
            if (!result.Succeeded)
            {
                Snackbar.Add(result.Message ?? "The deal could not be moved.", Severity.Error);
            }

            await ReloadColumnsAsync([from, target]);
        }
        finally
        {
            _moving.Remove(item.Card.Id);
        }
    }

    private Task OnDealChangedAsync(DealChange change) => InvokeAsync(async () =>
    {
        if (_disposed)
        {
            return;
        }

        // The change carries ids only; the columns are read again through this user's own filters.
        await ReloadColumnsAsync(change.FromStageId is { } from ? [from, change.ToStageId] : [change.ToStageId]);
    });

    private void Redraw()
    {
        StateHasChanged();
        // The drop zones keep their own order of the items they have seen; a refresh makes them take the new list's.
        _container?.Refresh();
    }

    private StageOption StageOf(BoardCard card) => _board.Columns.First(c => c.Stage.Id.ToString() == card.ZoneId).Stage;

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
    }
}
