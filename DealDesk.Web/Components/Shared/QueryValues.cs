using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace DealDesk.Web.Components.Shared;

/// <summary>The parameters of a query string as the URL codecs beside <see cref="UrlState{T}"/> read them: names
/// compared ignoring case, and leniently, because a URL is user input: a value that makes no sense reads as absent,
/// never as an error.</summary>
public sealed class QueryValues
{
    private readonly Dictionary<string, StringValues> _values;

    /// <summary>Reads parsed query parameters.</summary>
    public QueryValues(IDictionary<string, StringValues> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        _values = new Dictionary<string, StringValues>(query, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The parameters of a query string, with or without its leading '?'.</summary>
    public static QueryValues Parse(string? query) =>
        new(QueryHelpers.ParseNullableQuery(query) ?? new Dictionary<string, StringValues>());

    /// <summary>The first value of <paramref name="name"/>; <c>null</c> when absent.</summary>
    public string? First(string name) => _values.TryGetValue(name, out var found) ? found.FirstOrDefault() : null;

    /// <summary>Every value of <paramref name="name"/>, in order; none when absent.</summary>
    public IEnumerable<string> All(string name) => _values.TryGetValue(name, out var found) ? found.OfType<string>() : [];

    /// <summary>The first value of <paramref name="name"/>, trimmed and cut to <paramref name="maxLength"/>;
    /// <c>null</c> when absent or blank.</summary>
    public string? Text(string name, int maxLength)
    {
        var text = First(name)?.Trim();
        return string.IsNullOrEmpty(text) ? null : text[..Math.Min(text.Length, maxLength)];
    }

    /// <summary>Every value of <paramref name="name"/> that is an id other than the empty one.</summary>
    public List<Guid> Guids(string name) =>
        _values.TryGetValue(name, out var found)
            ? [.. found.Select(v => Guid.TryParse(v, out var id) && id != Guid.Empty ? id : (Guid?)null).OfType<Guid>()]
            : [];

    /// <summary>Every value of <paramref name="name"/> that names a member of <typeparamref name="TEnum"/>, ignoring
    /// case, and with <paramref name="snakeCase"/> also written with underscores (<c>closed_won</c>).</summary>
    public List<TEnum> Enums<TEnum>(string name, bool snakeCase = false)
        where TEnum : struct, Enum =>
        _values.TryGetValue(name, out var found)
            ? [.. found.Select(v => snakeCase ? v?.Replace("_", "", StringComparison.Ordinal) : v)
                .Select(v => IsMemberName(v) && Enum.TryParse<TEnum>(v, ignoreCase: true, out var parsed)
                    && Enum.IsDefined(parsed)
                    ? parsed
                    : (TEnum?)null)
                .OfType<TEnum>()]
            : [];

    /// <summary>The zero-based page that the one-based <paramref name="name"/> names, up to
    /// <paramref name="maxPageNumber"/>; the first page otherwise.</summary>
    public int Page(string name, int maxPageNumber) =>
        Number(name) is { } page && page >= 1 && page <= maxPageNumber ? page - 1 : 0;

    /// <summary>The page size <paramref name="name"/> names when it is one of <paramref name="offered"/>; else
    /// <paramref name="fallback"/>.</summary>
    public int PageSize(string name, IReadOnlyList<int> offered, int fallback)
    {
        ArgumentNullException.ThrowIfNull(offered);
        return Number(name) is { } size && offered.Contains(size) ? size : fallback;
    }

    /// <summary>Whether <paramref name="name"/> says <c>desc</c> or <c>asc</c>; <paramref name="fallback"/> for
    /// anything else.</summary>
    public bool Descending(string name, bool fallback) => First(name)?.ToLowerInvariant() switch
    {
        "asc" => false,
        "desc" => true,
        _ => fallback,
    };

    // Digits only: no sign, no spaces, no thousands separators.
    private int? Number(string name) =>
        int.TryParse(First(name), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    // Names only: Enum.TryParse would also take "7" or "Low,High", which name no member.
    private static bool IsMemberName(string? value) =>
        value is { Length: > 0 } && char.IsLetter(value[0]) && value.All(char.IsLetterOrDigit);
}
