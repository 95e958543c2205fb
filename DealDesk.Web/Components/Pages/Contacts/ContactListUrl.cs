using System.Globalization;
using System.Text;
using DealDesk.Core.Contacts;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace DealDesk.Web.Components.Pages.Contacts;

/// <summary>The contact page's whole view (circle, search, filters, sort, page, table or funnel) as a query string,
/// so that a view can be bookmarked, shared, reloaded, reached again with Back, and exported as it is shown. Defaults
/// are left out; values that make no sense are ignored rather than refused, because a URL is user input.</summary>
/// <example><c>/contacts?circle=…&amp;q=acme&amp;status=lead&amp;funnel=contacted&amp;sort=name&amp;dir=asc&amp;page=2</c></example>
public static class ContactListUrl
{
    /// <summary>The contact page.</summary>
    public const string Path = "/contacts";

    /// <summary>The CSV export of a view.</summary>
    public const string ExportPath = "/contacts/export.csv";

    /// <summary>The CSV import page.</summary>
    public const string ImportPath = "/contacts/import";

    /// <summary>How <see cref="UrlState{T}"/> reads and writes the page's view.</summary>
    public static UrlCodec<ContactListView> Codec { get; } = new(
        Path,
        query => new ContactListView(Parse(query), IsFunnel(query)),
        view => ToUri(view.Search, view.Funnel),
        (a, b) => a.Funnel == b.Funnel && SameView(a.Search, b.Search));

    /// <summary>Rows per page the pager offers; any other size in a URL is ignored.</summary>
    public static IReadOnlyList<int> PageSizes { get; } = [10, ContactSearch.DefaultPageSize, 50, 100];

    private const string Circle = "circle";
    private const string Text = "q";
    private const string Status = "status";
    private const string Funnel = "funnel";
    private const string Sort = "sort";
    private const string Direction = "dir";
    private const string PageNumber = "page";
    private const string Size = "size";
    private const string View = "view";
    private const string FunnelView = "funnel";

    // Far beyond any real list; keeps page * size inside an int.
    private const int MaxPageNumber = 1_000_000;

    private static readonly ContactSearch Defaults = new();

    /// <summary>The view a query string describes, with or without its leading '?'. Never throws.</summary>
    public static ContactSearch Parse(string? query) => Parse(Values(query));

    /// <summary>Whether the query string asks for the funnel board rather than the table.</summary>
    public static bool IsFunnel(string? query) =>
        First(Values(query), View)?.Equals(FunnelView, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The view parsed query parameters describe (names compared ignoring case). Never throws.</summary>
    public static ContactSearch Parse(IDictionary<string, StringValues> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var values = new Dictionary<string, StringValues>(query, StringComparer.OrdinalIgnoreCase);
        var text = First(values, Text)?.Trim();
        return Normalize(new ContactSearch
        {
            CircleId = Guid.TryParse(First(values, Circle), out var circle) ? circle : Guid.Empty,
            Text = string.IsNullOrEmpty(text) ? null : text[..Math.Min(text.Length, ContactSearch.MaxTextLength)],
            Statuses = Enums<ContactStatus>(values, Status),
            FunnelStages = Enums<FunnelStage>(values, Funnel),
            SortBy = Enums<ContactSortField>(values, Sort) is [var sort, ..] ? sort : Defaults.SortBy,
            Descending = First(values, Direction)?.ToLowerInvariant() switch
            {
                "asc" => false,
                "desc" => true,
                _ => Defaults.Descending,
            },
            Page = int.TryParse(First(values, PageNumber), NumberStyles.None, CultureInfo.InvariantCulture, out var page)
                && page is >= 1 and <= MaxPageNumber ? page - 1 : 0,
            PageSize = int.TryParse(First(values, Size), NumberStyles.None, CultureInfo.InvariantCulture, out var size)
                && PageSizes.Contains(size) ? size : Defaults.PageSize,
        });
    }

    /// <summary>The query string of a view, without the leading '?'. Page numbers are one-based, as people read
    /// them.</summary>
    public static string ToQueryString(ContactSearch search, bool funnel = false)
    {
        ArgumentNullException.ThrowIfNull(search);
        search = Normalize(search);
        var query = new StringBuilder();
        Add(query, Circle, search.CircleId == Guid.Empty ? null : search.CircleId.ToString("D", CultureInfo.InvariantCulture));
        Add(query, View, funnel ? FunnelView : null);
        Add(query, Text, search.Text);
        foreach (var status in search.Statuses)
        {
            Add(query, Status, Name(status));
        }

        foreach (var stage in search.FunnelStages)
        {
            Add(query, Funnel, Name(stage));
        }

        Add(query, Sort, search.SortBy == Defaults.SortBy ? null : Name(search.SortBy));
        Add(query, Direction, search.Descending == Defaults.Descending ? null : search.Descending ? "desc" : "asc");
        Add(query, PageNumber, search.Page == 0 ? null : (search.Page + 1).ToString(CultureInfo.InvariantCulture));
        Add(query, Size, search.PageSize == Defaults.PageSize ? null : search.PageSize.ToString(CultureInfo.InvariantCulture));
        return query.ToString();
    }

    /// <summary>The contact page's address showing <paramref name="search"/>.</summary>
    public static string ToUri(ContactSearch search, bool funnel = false) => With(Path, ToQueryString(search, funnel));

    /// <summary>The CSV export of <paramref name="search"/>: every matching row, in its order, no paging.</summary>
    public static string ToExportUri(ContactSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        return With(ExportPath, ToQueryString(search with { Page = 0, PageSize = Defaults.PageSize }));
    }

    /// <summary>The same view written one way: filters without repeats and in a fixed order, blank text as none.</summary>
    public static ContactSearch Normalize(ContactSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        return search with
        {
            Text = string.IsNullOrWhiteSpace(search.Text) ? null : search.Text.Trim(),
            Statuses = [.. search.Statuses.Where(Enum.IsDefined).Distinct().Order()],
            FunnelStages = [.. search.FunnelStages.Where(Enum.IsDefined).Distinct().Order()],
            SortBy = Enum.IsDefined(search.SortBy) ? search.SortBy : Defaults.SortBy,
            Page = Math.Clamp(search.Page, 0, MaxPageNumber - 1),
            PageSize = PageSizes.Contains(search.PageSize) ? search.PageSize : Defaults.PageSize,
        };
    }

    /// <summary>Whether two searches describe the same view.</summary>
    public static bool SameView(ContactSearch a, ContactSearch b) => ToQueryString(a) == ToQueryString(b);

    private static Dictionary<string, StringValues> Values(string? query) =>
        new(QueryHelpers.ParseNullableQuery(query) ?? new Dictionary<string, StringValues>(), StringComparer.OrdinalIgnoreCase);

    // snake_case, as seed 003 names them: needs_outreach, closed_won, last_contact.
    private static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c)
            : char.ToLowerInvariant(c).ToString()));

    private static string? First(Dictionary<string, StringValues> values, string name) =>
        values.TryGetValue(name, out var found) ? found.FirstOrDefault() : null;

    // Names only (with or without underscores): Enum.TryParse would also take "7" or "Lead,Partner".
    private static List<TEnum> Enums<TEnum>(Dictionary<string, StringValues> values, string name)
        where TEnum : struct, Enum =>
        values.TryGetValue(name, out var found)
            ? [.. found.Select(v => v?.Replace("_", "", StringComparison.Ordinal))
                .Select(v => v is { Length: > 0 } && char.IsLetter(v[0]) && v.All(char.IsLetterOrDigit)
                    && Enum.TryParse<TEnum>(v, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                    ? parsed
                    : (TEnum?)null)
                .OfType<TEnum>()]
            : [];

    private static string With(string path, string query) => query.Length == 0 ? path : path + "?" + query;

    private static void Add(StringBuilder query, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        query.Append(query.Length == 0 ? "" : "&").Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }
}

/// <summary>What the contact page shows: a search, as the table or as the funnel board.</summary>
/// <param name="Search">Circle, search, filters, sort and page.</param>
/// <param name="Funnel">The funnel board rather than the table.</param>
public sealed record ContactListView(ContactSearch Search, bool Funnel);
