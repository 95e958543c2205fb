using System.Globalization;
using DealDesk.Core.Contacts;
using DealDesk.Web.Components.Shared;
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
    public static ContactSearch Parse(string? query) => Parse(QueryValues.Parse(query));

    /// <summary>Whether the query string asks for the funnel board rather than the table.</summary>
    public static bool IsFunnel(string? query) =>
        QueryValues.Parse(query).First(View)?.Equals(FunnelView, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The view parsed query parameters describe (names compared ignoring case). Never throws.</summary>
    public static ContactSearch Parse(IDictionary<string, StringValues> query) => Parse(new QueryValues(query));

    // Enum values are read with or without their underscores (needs_outreach), as Name writes them.
    private static ContactSearch Parse(QueryValues values) => Normalize(new ContactSearch
    {
        CircleId = Guid.TryParse(values.First(Circle), out var circle) ? circle : Guid.Empty,
        Text = values.Text(Text, ContactSearch.MaxTextLength),
        Statuses = values.Enums<ContactStatus>(Status, snakeCase: true),
        FunnelStages = values.Enums<FunnelStage>(Funnel, snakeCase: true),
        SortBy = values.Enums<ContactSortField>(Sort, snakeCase: true) is [var sort, ..] ? sort : Defaults.SortBy,
        Descending = values.Descending(Direction, Defaults.Descending),
        Page = values.Page(PageNumber, MaxPageNumber),
        PageSize = values.PageSize(Size, PageSizes, Defaults.PageSize),
    });

    /// <summary>The query string of a view, without the leading '?'. Page numbers are one-based, as people read
    /// them.</summary>
    public static string ToQueryString(ContactSearch search, bool funnel = false)
    {
        ArgumentNullException.ThrowIfNull(search);
        search = Normalize(search);
        return new QueryText()
            .Add(Circle, search.CircleId == Guid.Empty ? null : QueryText.Format(search.CircleId))
            .Add(View, funnel ? FunnelView : null)
            .Add(Text, search.Text)
            .AddEach(Status, search.Statuses, Name)
            .AddEach(Funnel, search.FunnelStages, Name)
            .Add(Sort, search.SortBy == Defaults.SortBy ? null : Name(search.SortBy))
            .Add(Direction, search.Descending == Defaults.Descending ? null : search.Descending ? "desc" : "asc")
            .AddPage(PageNumber, search.Page)
            .Add(Size, search.PageSize == Defaults.PageSize ? null : search.PageSize.ToString(CultureInfo.InvariantCulture))
            .ToString();
    }

    /// <summary>The contact page's address showing <paramref name="search"/>.</summary>
    public static string ToUri(ContactSearch search, bool funnel = false) =>
        QueryText.With(Path, ToQueryString(search, funnel));

    /// <summary>The CSV export of <paramref name="search"/>: every matching row, in its order, no paging.</summary>
    public static string ToExportUri(ContactSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        return QueryText.With(ExportPath, ToQueryString(search with { Page = 0, PageSize = Defaults.PageSize }));
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

    // snake_case, as seed 003 names them: needs_outreach, closed_won, last_contact.
    private static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c)
            : char.ToLowerInvariant(c).ToString()));
}

/// <summary>What the contact page shows: a search, as the table or as the funnel board.</summary>
/// <param name="Search">Circle, search, filters, sort and page.</param>
/// <param name="Funnel">The funnel board rather than the table.</param>
public sealed record ContactListView(ContactSearch Search, bool Funnel);
