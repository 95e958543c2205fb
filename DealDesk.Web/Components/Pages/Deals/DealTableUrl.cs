using System.Globalization;
using System.Text;
using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.WebUtilities;
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
    public static DealSearch Parse(string? query) =>
        Parse(QueryHelpers.ParseNullableQuery(query) ?? new Dictionary<string, StringValues>());

    /// <summary>The view parsed query parameters describe (names compared ignoring case). Never throws.</summary>
    public static DealSearch Parse(IDictionary<string, StringValues> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var values = new Dictionary<string, StringValues>(query, StringComparer.OrdinalIgnoreCase);
        var text = First(values, Text)?.Trim();
        return Normalize(new DealSearch
        {
            Text = string.IsNullOrEmpty(text) ? null : text[..Math.Min(text.Length, MaxTextLength)],
            StageIds = Guids(values, Stage),
            ValueBands = Enums<ValueBand>(values, Band),
            HealthBands = Enums<HealthBand>(values, Health),
            Priorities = Enums<DealPriority>(values, Priority),
            OwnerIds = Guids(values, Owner),
            CircleIds = Guids(values, Circle),
            AccountId = Guids(values, Account) is [var account, ..] ? account : null,
            SortBy = Enums<DealSortField>(values, Sort) is [var sort, ..] ? sort : Defaults.SortBy,
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

    /// <summary>The query string of a view, without the leading '?'; empty for the default view.</summary>
    /// <remarks>Page numbers are one-based here, as people read them.</remarks>
    public static string ToQueryString(DealSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        search = Normalize(search);
        var query = new StringBuilder();
        Add(query, Text, search.Text);
        foreach (var id in search.StageIds)
        {
            Add(query, Stage, Format(id));
        }

        foreach (var band in search.ValueBands)
        {
            Add(query, Band, band.ToString());
        }

        foreach (var band in search.HealthBands)
        {
            Add(query, Health, band.ToString());
        }

        foreach (var priority in search.Priorities)
        {
            Add(query, Priority, priority.ToString().ToLowerInvariant());
        }

        foreach (var id in search.OwnerIds)
        {
            Add(query, Owner, Format(id));
        }

        foreach (var id in search.CircleIds)
        {
            Add(query, Circle, Format(id));
        }

        Add(query, Account, search.AccountId is { } accountId ? Format(accountId) : null);
        Add(query, Sort, search.SortBy == Defaults.SortBy ? null : search.SortBy.ToString().ToLowerInvariant());
        Add(query, Direction, search.Descending == Defaults.Descending ? null : search.Descending ? "desc" : "asc");
        Add(query, PageNumber, search.Page == 0 ? null : (search.Page + 1).ToString(CultureInfo.InvariantCulture));
        Add(query, Size, search.PageSize == Defaults.PageSize ? null : search.PageSize.ToString(CultureInfo.InvariantCulture));
        return query.ToString();
    }

    /// <summary>The table's address showing <paramref name="search"/>.</summary>
    public static string ToUri(DealSearch search)
    {
        var query = ToQueryString(search);
        return query.Length == 0 ? Path : Path + "?" + query;
    }

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

    private static string? First(Dictionary<string, StringValues> values, string name) =>
        values.TryGetValue(name, out var found) ? found.FirstOrDefault() : null;

    private static List<Guid> Guids(Dictionary<string, StringValues> values, string name) =>
        values.TryGetValue(name, out var found)
            ? [.. found.Select(v => Guid.TryParse(v, out var id) && id != Guid.Empty ? id : (Guid?)null).OfType<Guid>()]
            : [];

    // Names only: Enum.TryParse would also take "7" or "Low,High", which name no member.
    private static List<TEnum> Enums<TEnum>(Dictionary<string, StringValues> values, string name)
        where TEnum : struct, Enum =>
        values.TryGetValue(name, out var found)
            ? [.. found.Select(v => v is { Length: > 0 } && char.IsLetter(v[0]) && v.All(char.IsLetterOrDigit)
                    && Enum.TryParse<TEnum>(v, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                    ? parsed
                    : (TEnum?)null)
                .OfType<TEnum>()]
            : [];

    private static string Format(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    private static void Add(StringBuilder query, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        query.Append(query.Length == 0 ? "" : "&").Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }
}
