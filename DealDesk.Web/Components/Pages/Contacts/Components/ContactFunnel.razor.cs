using DealDesk.Core.Contacts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Contacts.Components;

/// <summary>A contact drawn in a funnel column. A class, not a record: the drop zones key their order on the instance,
/// and a drop draws the card in its new column before the server has answered.</summary>
public sealed class FunnelCard(ContactRow row)
{
    /// <summary>The contact as last loaded.</summary>
    public ContactRow Row { get; } = row;

    /// <summary>The drop zone (stage name) the card is drawn in.</summary>
    public string ZoneId { get; set; } = row.FunnelStage.ToString();
}

/// <summary>The funnel board: a column per funnel stage with its count (computed in SQL) and its most recently
/// contacted contacts, more on demand. Dragging a card to another column moves the contact through the service; the
/// board is then read again, which also puts a card back where it was when the move failed.</summary>
public sealed partial class ContactFunnel
{
    /// <summary>Cards a column shows at first and adds per "load more".</summary>
    public const int PageSize = 20;

    private readonly HashSet<Guid> _moving = [];
    private readonly HashSet<FunnelStage> _loadingMore = [];
    private readonly List<FunnelCard> _cards = [];
    private MudDropContainer<FunnelCard>? _container;
    private IReadOnlyList<FunnelColumn>? _columns;
    private ContactSearch? _loadedFor;
    private DateTime _now;
    private int _reads;

    [Inject]
    private IContactQueries Contacts { get; set; } = null!;

    [Inject]
    private IContactService ContactWrites { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    /// <summary>The circle, search text and filters (its funnel stages choose the columns shown).</summary>
    [Parameter, EditorRequired]
    public ContactSearch Search { get; set; } = new();

    /// <summary>Whether the user may move contacts (the circle lets them update contacts).</summary>
    [Parameter]
    public bool CanMove { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var wanted = Search with { Page = 0, PageSize = ContactSearch.DefaultPageSize, SortBy = default, Descending = true };
        if (_loadedFor is null || wanted.CircleId != _loadedFor.CircleId || !ContactListUrl.SameView(wanted, _loadedFor))
        {
            _loadedFor = wanted;
            await ReloadAsync();
        }
    }

    /// <summary>Reads the board again, keeping as many cards per column as were loaded.</summary>
    public async Task ReloadAsync()
    {
        var read = ++_reads;
        var shown = _columns?.ToDictionary(c => c.Stage, c => Loaded(c.Stage)) ?? [];
        var take = Math.Max(PageSize, shown.Values.DefaultIfEmpty(0).Max());
        var columns = await Contacts.GetFunnelAsync(Search, take);
        if (read != _reads)
        {
            return; // A newer read started meanwhile (another filter, another drop): its answer wins.
        }

        _columns = columns;
        _cards.Clear();
        foreach (var column in columns)
        {
            var keep = Math.Max(PageSize, shown.GetValueOrDefault(column.Stage));
            _cards.AddRange(column.Contacts.Take(keep).Select(c => new FunnelCard(c)));
        }

        Redraw();
    }

    private int Loaded(FunnelStage stage) => _cards.Count(c => c.Row.FunnelStage == stage);

    private async Task LoadMoreAsync(FunnelStage stage)
    {
        _loadingMore.Add(stage);
        try
        {
            var more = await Contacts.GetFunnelCardsAsync(Search, stage, Loaded(stage), PageSize);
            _cards.AddRange(more.Where(m => _cards.All(c => c.Row.Id != m.Id)).Select(m => new FunnelCard(m)));
            Redraw();
        }
        finally
        {
            _loadingMore.Remove(stage);
        }
    }

    private async Task OnDroppedAsync(MudItemDropInfo<FunnelCard> drop)
    {
        if (drop.Item is not { } card || !Enum.TryParse<FunnelStage>(drop.DropzoneIdentifier, out var target))
        {
            return;
        }

        card.ZoneId = target.ToString();
        if (target == card.Row.FunnelStage)
        {
            return;
        }

        _moving.Add(card.Row.Id);
        try
        {
            var result = await ContactWrites.MoveAsync(card.Row.Id, target, card.Row.Version);
            if (!result.Succeeded)
            {
                Snackbar.Add(result.Message ?? "The contact could not be moved.", Severity.Error);
            }

            await ReloadAsync();
        }
        finally
        {
            _moving.Remove(card.Row.Id);
        }
    }

    private void Redraw()
    {
        _now = Clock.GetUtcNow().UtcDateTime;
        StateHasChanged();
        // The drop zones keep their own order of the items they have seen; a refresh makes them take the new list's.
        _container?.Refresh();
    }

    private static string ColumnClass(FunnelStage stage) => stage switch
    {
        FunnelStage.ClosedWon => "board-column board-column-won",
        FunnelStage.ClosedLost => "board-column board-column-lost",
        _ => "board-column board-column-open",
    };
}
