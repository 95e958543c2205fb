using DealDesk.Core.Contacts;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Contacts;

/// <summary>Between the contact grid and the page's view: which sort field each column stands for and the view a grid
/// state asks for.</summary>
public static class ContactGrid
{
    /// <summary>A cell that never wraps.</summary>
    public const string OneLine = "padding: 6px 10px; white-space: nowrap";

    /// <summary>A long value (an email) cut with an ellipsis, so every column fits a laptop screen; the cell's title
    /// holds all of it.</summary>
    public const string Clipped = OneLine + "; max-width: 220px; overflow: hidden; text-overflow: ellipsis";

    // Grid columns are named after the ContactRow property they show; the server sorts by the matching field.
    private static readonly Dictionary<string, ContactSortField> SortFields = new()
    {
        [nameof(ContactRow.Name)] = ContactSortField.Name,
        [nameof(ContactRow.Email)] = ContactSortField.Email,
        [nameof(ContactRow.Phone)] = ContactSortField.Phone,
        [nameof(ContactRow.Company)] = ContactSortField.Company,
        [nameof(ContactRow.Status)] = ContactSortField.Status,
        [nameof(ContactRow.FunnelStage)] = ContactSortField.FunnelStage,
        [nameof(ContactRow.LastContactAt)] = ContactSortField.LastContact,
        [nameof(ContactRow.CreatedAt)] = ContactSortField.Created,
    };

    /// <summary>The view the grid asks for: <paramref name="view"/>'s circle, search and filters with the grid's sort
    /// and page. A grid without a sort keeps the view's.</summary>
    public static ContactSearch Apply(ContactSearch view, GridState<ContactRow> state)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(state);
        var sort = state.SortDefinitions.FirstOrDefault();
        var field = sort is not null && SortFields.TryGetValue(sort.SortBy, out var found) ? found : (ContactSortField?)null;
        return ContactListUrl.Normalize(view with
        {
            SortBy = field ?? view.SortBy,
            Descending = field is null ? view.Descending : sort!.Descending,
            Page = state.Page,
            PageSize = state.PageSize,
        });
    }

    /// <summary>The sort arrow a new grid shows on <paramref name="field"/>'s column for <paramref name="view"/>.</summary>
    public static SortDirection InitialDirection(ContactSearch view, ContactSortField field)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.SortBy != field ? SortDirection.None
            : view.Descending ? SortDirection.Descending : SortDirection.Ascending;
    }
}
