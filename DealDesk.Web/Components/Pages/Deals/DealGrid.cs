using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Deals;

/// <summary>Between the deal table and its view: the columns and the sort field each stands for, the view a click on
/// a header or the pager asks for, and how rows look.</summary>
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

    /// <summary>The table's columns in order, each sortable by its field.</summary>
    public static IReadOnlyList<DealColumn> Columns { get; } =
    [
        new("Deal", DealSortField.Name, OneLine),
        new("Account", DealSortField.Account, OneLine),
        new("Stage", DealSortField.Stage, OneLine),
        new("Health", DealSortField.Health, OneLine),
        new("Value", DealSortField.Value, Number),
        new("Priority", DealSortField.Priority, OneLine),
        new("Owner", DealSortField.Owner, OneLine),
        new("Close", DealSortField.ExpectedClose, OneLine),
        new("Days in stage", DealSortField.DaysInStage, Number),
        new("Updated", DealSortField.Updated, OneLine),
    ];

    /// <summary>The view after a click on <paramref name="field"/>'s header: the other way round when the table is
    /// already sorted by it, else ascending by it; from the first page, with the same search and filters.</summary>
    public static DealSearch SortedBy(DealSearch view, DealSortField field)
    {
        ArgumentNullException.ThrowIfNull(view);
        var descending = view.SortBy == field && !view.Descending;
        return DealTableUrl.Normalize(view with { SortBy = field, Descending = descending, Page = 0, Anchor = null });
    }

    /// <summary>The view on page <paramref name="page"/> (zero-based), all else the same.</summary>
    public static DealSearch OnPage(DealSearch view, int page)
    {
        ArgumentNullException.ThrowIfNull(view);
        return DealTableUrl.Normalize(view with { Page = page, Anchor = null });
    }

    /// <summary>The view with <paramref name="pageSize"/> rows a page, from the first page.</summary>
    public static DealSearch WithPageSize(DealSearch view, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(view);
        return DealTableUrl.Normalize(view with { PageSize = pageSize, Page = 0, Anchor = null });
    }

    /// <summary>The last page (zero-based) of <paramref name="total"/> rows; 0 when there are none.</summary>
    public static int LastPage(int total, int pageSize) => total <= 0 ? 0 : (total - 1) / Math.Max(pageSize, 1);

    /// <summary>The sort arrow's direction class on <paramref name="field"/>'s header for <paramref name="view"/>
    /// (MudBlazor's data grid styles it): none on every column the table is not sorted by.</summary>
    public static string DirectionClass(DealSearch view, DealSortField field)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.SortBy != field ? "" : view.Descending ? "mud-direction-desc" : "mud-direction-asc";
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

    /// <summary>MudText's colour class for <paramref name="priority"/>; none for the plain ones.</summary>
    public static string PriorityClass(DealPriority priority) =>
        PriorityColor(priority) is var color && color == Color.Default ? "" : $"mud-{color.ToString().ToLowerInvariant()}-text";
}

/// <summary>A column of the deal table.</summary>
/// <param name="Title">Its header.</param>
/// <param name="Field">What a click on the header sorts by.</param>
/// <param name="HeaderStyle">The header cell's style.</param>
public sealed record DealColumn(string Title, DealSortField Field, string HeaderStyle);
