using System.Globalization;
using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Web.Components.Shared;
using Microsoft.Extensions.Primitives;

namespace DealDesk.Web.Components.Pages.Deals;

/// <summary>The deal table's whole view (search, filters, sort, page) as a query string, so that a view can be
/// bookmarked, shared, reloaded and reached again with Back. Defaults are left out; values that make no sense are
/// ignored rather than refused, because a URL is user input.</summary>
/// <example><c>/deals?q=acme&amp;stage=…&amp;stage=…&amp;band=From10KTo50K&amp;health=Healthy&amp;health=AtRisk&amp;sort=value&amp;dir=asc&amp;page=2</c></example>
public static class DealTableUrl
{
    /// <summary>The page of the table.</summary>
    public const string Path = "/deals";

    /// <summary>How <see cref="UrlState{T}"/> reads and writes the table's view.</summary>
    public static UrlCodec<DealSearch> Codec { get; } = new(Path, query => Parse(query), ToUri, SameView);

    /// <summary>Rows per page the pager offers; any other size in a URL is ignored.</summary>
    public static IReadOnlyList<int> PageSizes { get; } = [10, DealSearch.DefaultPageSize, 50, 100];

    private const string Text = "q";
    private const string Stage = "stage";
    private const string Band = "band";
    private const string Health = "health";
    private const string Priority = "priority";
    private const string Owner = "owner";
    private const string Circle = "circle";
    private const string Account = "account";
    private const string Sort = "sort";
    private const string Direction = "dir";
    private const string PageNumber = "page";
    private const string Size = "size";

    // Far beyond any real table; keeps page * size inside an int.
    private const int MaxPageNumber = 1_000_000;
    private const int MaxTextLength = 200;

    private static readonly DealSearch Defaults = new();

    /// <summary>The view a query string describes, with or without its leading '?'. Never throws.</summary>
    public static DealSearch Parse(string? query) => Parse(QueryValues.Parse(query));

    /// <summary>The view parsed query parameters describe (names compared ignoring case). Never throws.</summary>
    public static DealSearch Parse(IDictionary<string, StringValues> query) => Parse(new QueryValues(query));

    private static DealSearch Parse(QueryValues values) => Normalize(new DealSearch
    {
        Text = values.Text(Text, MaxTextLength),
        StageIds = values.Guids(Stage),
        ValueBands = values.Enums<ValueBand>(Band),
        HealthBands = values.Enums<HealthBand>(Health),
        Priorities = values.Enums<DealPriority>(Priority),
        OwnerIds = values.Guids(Owner),
        CircleIds = values.Guids(Circle),
        AccountId = values.Guids(Account) is [var account, ..] ? account : null,
        SortBy = values.Enums<DealSortField>(Sort) is [var sort, ..] ? sort : Defaults.SortBy,
        Descending = values.Descending(Direction, Defaults.Descending),
        Page = values.Page(PageNumber, MaxPageNumber),
        PageSize = values.PageSize(Size, PageSizes, Defaults.PageSize),
    });

    /// <summary>The query string of a view, without the leading '?'; empty for the default view.</summary>
    /// <remarks>Page numbers are one-based here, as people read them.</remarks>
    public static string ToQueryString(DealSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        search = Normalize(search);
        return new QueryText()
            .Add(Text, search.Text)
            .AddEach(Stage, search.StageIds, QueryText.Format)
            .AddEach(Band, search.ValueBands, band => band.ToString())
            .AddEach(Health, search.HealthBands, band => band.ToString())
            .AddEach(Priority, search.Priorities, priority => priority.ToString().ToLowerInvariant())
            .AddEach(Owner, search.OwnerIds, QueryText.Format)
            .AddEach(Circle, search.CircleIds, QueryText.Format)
            .Add(Account, search.AccountId is { } accountId ? QueryText.Format(accountId) : null)
            .Add(Sort, search.SortBy == Defaults.SortBy ? null : search.SortBy.ToString().ToLowerInvariant())
            .Add(Direction, search.Descending == Defaults.Descending ? null : search.Descending ? "desc" : "asc")
            .AddPage(PageNumber, search.Page)
            .Add(Size, search.PageSize == Defaults.PageSize ? null : search.PageSize.ToString(CultureInfo.InvariantCulture))
            .ToString();
    }

    /// <summary>The table's address showing <paramref name="search"/>.</summary>
    public static string ToUri(DealSearch search) => QueryText.With(Path, ToQueryString(search));

    /// <summary>The same view written one way: filters without repeats and in a fixed order, blank text as none.
    /// Two searches that show the same rows normalize to searches with the same query string.</summary>
    public static DealSearch Normalize(DealSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        return search with
        {
            Text = string.IsNullOrWhiteSpace(search.Text) ? null : search.Text.Trim(),
            StageIds = [.. search.StageIds.Distinct().Order()],
            ValueBands = [.. search.ValueBands.Where(Enum.IsDefined).Distinct().Order()],
            HealthBands = [.. search.HealthBands.Where(Enum.IsDefined).Distinct().Order()],
            Priorities = [.. search.Priorities.Where(Enum.IsDefined).Distinct().Order()],
            OwnerIds = [.. search.OwnerIds.Distinct().Order()],
            CircleIds = [.. search.CircleIds.Distinct().Order()],
            SortBy = Enum.IsDefined(search.SortBy) ? search.SortBy : Defaults.SortBy,
            Page = Math.Clamp(search.Page, 0, MaxPageNumber - 1),
            PageSize = PageSizes.Contains(search.PageSize) ? search.PageSize : Defaults.PageSize,
        };
    }

    /// <summary>Whether two searches describe the same view.</summary>
    public static bool SameView(DealSearch a, DealSearch b) => ToQueryString(a) == ToQueryString(b);
}
