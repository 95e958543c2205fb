using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Health;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Deals.Components;

/// <summary>The deal table's search box and filters. It shows a <see cref="DealSearch"/> and reports each change as
/// a new one, always back on the first page; the page decides what to do with it (put it in the URL).</summary>
public sealed partial class DealTableToolbar
{
    // Wide enough for "Meeting scheduled +2"; five of them and the clear button fit one row of a laptop screen.
    private const string FilterWidth = "flex: 0 0 180px; width: 180px";

    private static readonly IReadOnlyList<HealthBand> HealthChoices = [.. Enum.GetValues<HealthBand>().Reverse()];
    private static readonly IReadOnlyList<DealPriority> PriorityChoices = Enum.GetValues<DealPriority>();

    private MudTextField<string>? _searchField;
    private IReadOnlyList<Guid> _stageIds = [];
    private IReadOnlyList<Guid> _ownerIds = [];
    private IReadOnlyList<Guid> _circleIds = [];

    // What the fields show. It follows the Search parameter only when that parameter really changes, so a re-render
    // of the page that still carries the previous search cannot wipe out what the user has just typed or picked.
    private DealSearch _shown = new();
    private DealSearch? _lastSearch;

    /// <summary>The view the table shows; its filters fill the fields.</summary>
    [Parameter, EditorRequired]
    public DealSearch Search { get; set; } = new();

    /// <summary>Stages, owners and circles to filter by; <c>null</c> while they load.</summary>
    [Parameter]
    public DealFormOptions? Options { get; set; }

    /// <summary>Raised with the new view (page reset to the first) when the search text or a filter changes.</summary>
    [Parameter]
    public EventCallback<DealSearch> SearchChanged { get; set; }

    /// <summary>Raised by the "New deal" button.</summary>
    [Parameter]
    public EventCallback OnNewDeal { get; set; }

    /// <summary>Whether the focus is in the search box or a filter, where a letter is typing, not a shortcut.</summary>
    public bool IsEditing { get; private set; }

    private bool HasFilters =>
        _shown.Text is not null || _shown.StageIds.Count > 0 || _shown.ValueBands.Count > 0 || _shown.HealthBands.Count > 0
        || _shown.Priorities.Count > 0
        || _shown.OwnerIds.Count > 0 || _shown.CircleIds.Count > 0;

    /// <summary>Puts the cursor in the search box.</summary>
    public ValueTask FocusSearchAsync() => _searchField?.FocusAsync() ?? ValueTask.CompletedTask;

    protected override void OnParametersSet()
    {
        _stageIds = [.. Options?.Stages.Select(s => s.Id) ?? []];
        _ownerIds = [.. Options?.Owners.Select(o => o.Id) ?? []];
        _circleIds = [.. Options?.Circles.Select(c => c.Id) ?? []];
        if (_lastSearch is null || !DealTableUrl.SameView(_lastSearch, Search))
        {
            _lastSearch = Search;
            _shown = Search;
        }
    }

    private Task SearchTextChanged(string? text) => ChangeAsync(_shown with { Text = text });

    private Task ChangeAsync(DealSearch changed)
    {
        changed = DealTableUrl.Normalize(changed with { Page = 0 });
        if (DealTableUrl.SameView(changed, DealTableUrl.Normalize(_shown with { Page = 0 })))
        {
            return Task.CompletedTask;
        }

        _shown = changed;
        return SearchChanged.InvokeAsync(changed);
    }

    private Task ClearAsync() =>
        ChangeAsync(new DealSearch { SortBy = _shown.SortBy, Descending = _shown.Descending, PageSize = _shown.PageSize });

    private string StageName(Guid id) => Options?.Stages.FirstOrDefault(s => s.Id == id)?.Name ?? "";

    private string OwnerName(Guid id) => Options?.Owners.FirstOrDefault(o => o.Id == id)?.Name ?? "";

    private string CircleName(Guid id) => Options?.Circles.FirstOrDefault(c => c.Id == id)?.Name ?? "";
}
