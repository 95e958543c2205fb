using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Deals;

/// <summary>Between the deal grid and the table's view: which sort field each column stands for, the view a grid
/// state asks for, and how rows look.</summary>
public static class DealGrid
{
    /// <summary>Tighter than MudBlazor's dense cells, so all ten columns fit beside the menu on a laptop screen.</summary>
    public const string Cell = "padding: 6px 10px";

    /// <summary>A cell that never wraps.</summary>
    public const string OneLine = Cell + "; white-space: nowrap";

    /// <summary>A number, right-aligned.</summary>
    public const string Number = OneLine + "; text-align: right";

    /// <summary>Short dates: the table shows many.</summary>
    public const string DateFormat = "d MMM yy";

    // Grid columns are named after the DealRow property they show; the server sorts by the matching field.
    private static readonly Dictionary<string, DealSortField> SortFields = new()
    {
        [nameof(DealRow.Name)] = DealSortField.Name,
        [nameof(DealRow.AccountName)] = DealSortField.Account,
        [nameof(DealRow.StageName)] = DealSortField.Stage,
        [nameof(DealRow.Value)] = DealSortField.Value,
        [nameof(DealRow.Priority)] = DealSortField.Priority,
        [nameof(DealRow.OwnerName)] = DealSortField.Owner,
        [nameof(DealRow.ExpectedCloseDate)] = DealSortField.ExpectedClose,
        [nameof(DealRow.StageEnteredAt)] = DealSortField.DaysInStage,
        [nameof(DealRow.HealthScore)] = DealSortField.Health,
        [nameof(DealRow.UpdatedAt)] = DealSortField.Updated,
    };

    /// <summary>The view the grid asks for: <paramref name="view"/>'s search and filters with the grid's sort and
    /// page. A grid without a sort keeps the view's.</summary>
    public static DealSearch Apply(DealSearch view, GridState<DealRow> state)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(state);
        var sort = state.SortDefinitions.FirstOrDefault();
        var field = sort is not null && SortFields.TryGetValue(sort.SortBy, out var found) ? found : (DealSortField?)null;
        return DealTableUrl.Normalize(view with
        {
            SortBy = field ?? view.SortBy,
            Descending = field is null ? view.Descending : sort!.Descending,
            Page = state.Page,
            PageSize = state.PageSize,
        });
    }

    /// <summary>The sort arrow a new grid shows on <paramref name="field"/>'s column for <paramref name="view"/>.</summary>
    public static SortDirection InitialDirection(DealSearch view, DealSortField field)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.SortBy != field ? SortDirection.None
            : view.Descending ? SortDirection.Descending : SortDirection.Ascending;
    }

    /// <summary>Won deals green, lost ones red, open ones plain.</summary>
    public static Color StageColor(StageKind kind) => kind switch
    {
        StageKind.Won => Color.Success,
        StageKind.Lost => Color.Error,
        _ => Color.Default,
    };

    /// <summary>High priority stands out; low recedes.</summary>
    public static Color PriorityColor(DealPriority priority) => priority switch
    {
        DealPriority.High => Color.Error,
        DealPriority.Low => Color.Secondary,
        _ => Color.Default,
    };
}
