using DealDesk.Core.Circles;
using DealDesk.Core.Contacts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Contacts.Components;

/// <summary>The contact page's search box, filters, view switch and actions. It shows a <see cref="ContactSearch"/> and
/// reports each change as a new one, back on the first page; the page puts it in the URL. "New contact" and "Import"
/// show only to those the circle lets create contacts (the service refuses the others anyway).</summary>
public sealed partial class ContactToolbar
{
    // Wide enough for "Needs outreach +2".
    private const string FilterWidth = "flex: 0 0 190px; width: 190px";

    private MudTextField<string>? _searchField;

    // What the fields show; follows the Search parameter only when it really changes, so a re-render carrying the
    // previous search cannot wipe out what the user has just typed.
    private ContactSearch _shown = new();
    private ContactSearch? _lastSearch;

    /// <summary>The view the page shows; its filters fill the fields.</summary>
    [Parameter, EditorRequired]
    public ContactSearch Search { get; set; } = new();

    /// <summary>The current circle with the user's role in it.</summary>
    [Parameter]
    public MyCircle? Circle { get; set; }

    /// <summary>Whether the funnel board is shown instead of the table.</summary>
    [Parameter]
    public bool Funnel { get; set; }

    /// <summary>Raised with the new view (page reset to the first) when the search text or a filter changes.</summary>
    [Parameter]
    public EventCallback<ContactSearch> SearchChanged { get; set; }

    /// <summary>Raised with <c>true</c> for the funnel board, <c>false</c> for the table.</summary>
    [Parameter]
    public EventCallback<bool> FunnelChanged { get; set; }

    /// <summary>Raised by "New contact".</summary>
    [Parameter]
    public EventCallback OnNewContact { get; set; }

    /// <summary>Whether the focus is in the search box or a filter.</summary>
    public bool IsEditing { get; private set; }

    private bool HasFilters => _shown.Text is not null || _shown.Statuses.Count > 0 || _shown.FunnelStages.Count > 0;

    /// <summary>Puts the cursor in the search box.</summary>
    public ValueTask FocusSearchAsync() => _searchField?.FocusAsync() ?? ValueTask.CompletedTask;

    protected override void OnParametersSet()
    {
        if (_lastSearch is null || !ContactListUrl.SameView(_lastSearch, Search))
        {
            _lastSearch = Search;
            _shown = Search;
        }
    }

    private Task SearchTextChanged(string? text) => ChangeAsync(_shown with { Text = text });

    private Task ChangeAsync(ContactSearch changed)
    {
        changed = ContactListUrl.Normalize(changed with { Page = 0 });
        if (ContactListUrl.SameView(changed, ContactListUrl.Normalize(_shown with { Page = 0 })))
        {
            return Task.CompletedTask;
        }

        _shown = changed;
        return SearchChanged.InvokeAsync(changed);
    }

    private Task ClearAsync() => ChangeAsync(new ContactSearch
    {
        CircleId = _shown.CircleId, SortBy = _shown.SortBy, Descending = _shown.Descending, PageSize = _shown.PageSize,
    });

    // "Lead" for one choice, "Lead +2" for several: the field stays one line wide.
    private static string Summary(IReadOnlyList<string?>? names) => names switch
    {
        null or { Count: 0 } => "",
        { Count: 1 } => names[0] ?? "",
        _ => $"{names[0]} +{names.Count - 1}",
    };
}
