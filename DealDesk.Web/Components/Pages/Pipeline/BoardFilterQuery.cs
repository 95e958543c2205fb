using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace DealDesk.Web.Components.Pages.Pipeline;

/// <summary>The board's filters in the address bar (<c>?q=…&amp;owner=…&amp;circle=…&amp;priority=High</c>), so a
/// filtered board can be bookmarked, shared and restored by the back button.</summary>
public static class BoardFilterQuery
{
    /// <summary>The board's page.</summary>
    public const string Path = "/pipeline";

    /// <summary>Query parameter of the search text.</summary>
    public const string Text = "q";

    /// <summary>Query parameter of the owners, repeated once per owner id.</summary>
    public const string Owner = "owner";

    /// <summary>Query parameter of the circles, repeated once per circle id.</summary>
    public const string Circle = "circle";

    /// <summary>Query parameter of the priorities, repeated once per priority name.</summary>
    public const string Priority = "priority";

    /// <summary>The filter the query parameters describe. The address bar is user input: ids that are not ids and
    /// unknown priority names are ignored, never an error.</summary>
    public static BoardFilter Parse(string? text, IEnumerable<string>? owners, IEnumerable<string>? circles,
        IEnumerable<string>? priorities) => new()
    {
        Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
        OwnerIds = Ids(owners),
        CircleIds = Ids(circles),
        Priorities = [.. (priorities ?? [])
            .Select(p => Enum.TryParse<DealPriority>(p, ignoreCase: true, out var priority) ? priority : (DealPriority?)null)
            .OfType<DealPriority>()
            .Where(Enum.IsDefined)
            .Distinct()],
    };

    /// <summary>The filter a query string describes, with or without its leading '?' (names compared ignoring case).
    /// </summary>
    public static BoardFilter Parse(string? query)
    {
        var values = QueryValues.Parse(query);
        return Parse(values.All(Text).FirstOrDefault(), values.All(Owner), values.All(Circle), values.All(Priority));
    }

    /// <summary>How <see cref="UrlState{T}"/> reads and writes the board's filter: a change keeps the address's other
    /// parameters and order, as <c>NavigationManager.GetUriWithQueryParameters</c>
    /// writes it.</summary>
    public static UrlCodec<BoardFilter> Codec(NavigationManager navigation) =>
        new(Path, Parse, filter => navigation.GetUriWithQueryParameters(ToQuery(filter)), Same);

    /// <summary>The query parameters of <paramref name="filter"/>; an unused filter is <c>null</c>, which removes it.</summary>
    public static IReadOnlyDictionary<string, object?> ToQuery(BoardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new Dictionary<string, object?>
        {
            [Text] = string.IsNullOrWhiteSpace(filter.Text) ? null : filter.Text.Trim(),
            [Owner] = filter.OwnerIds.Count == 0 ? null : filter.OwnerIds.Select(id => id.ToString()).ToArray(),
            [Circle] = filter.CircleIds.Count == 0 ? null : filter.CircleIds.Select(id => id.ToString()).ToArray(),
            [Priority] = filter.Priorities.Count == 0 ? null : filter.Priorities.Select(p => p.ToString()).ToArray(),
        };
    }

    /// <summary>Both filters select the same deals (lists compared as sets).</summary>
    public static bool Same(BoardFilter a, BoardFilter b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return string.Equals(a.Text?.Trim() ?? "", b.Text?.Trim() ?? "", StringComparison.Ordinal)
            && a.OwnerIds.ToHashSet().SetEquals(b.OwnerIds)
            && a.CircleIds.ToHashSet().SetEquals(b.CircleIds)
            && a.Priorities.ToHashSet().SetEquals(b.Priorities);
    }

    private static List<Guid> Ids(IEnumerable<string>? values) =>
        [.. (values ?? [])
            .Select(v => Guid.TryParse(v, out var id) && id != Guid.Empty ? id : (Guid?)null)
            .OfType<Guid>()
            .Distinct()];
}
