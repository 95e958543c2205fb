using System.Globalization;
using System.Text;

namespace DealDesk.Web.Components.Shared;

/// <summary>A query string being written by a URL codec beside <see cref="UrlState{T}"/>: values escaped, a value
/// left out when <c>null</c> (a default is not written), repeated names for a list.</summary>
public sealed class QueryText
{
    private readonly StringBuilder _query = new();

    /// <summary>Adds <paramref name="name"/>=<paramref name="value"/>, unless <paramref name="value"/> is <c>null</c>.
    /// </summary>
    public QueryText Add(string name, string? value)
    {
        if (value is not null)
        {
            _query.Append(_query.Length == 0 ? "" : "&").Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        return this;
    }

    /// <summary>Adds <paramref name="name"/> once per value, in order.</summary>
    public QueryText AddEach<TValue>(string name, IEnumerable<TValue> values, Func<TValue, string> format)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(format);
        foreach (var value in values)
        {
            Add(name, format(value));
        }

        return this;
    }

    /// <summary>Adds the one-based page number of the zero-based <paramref name="page"/>; nothing for the first.
    /// </summary>
    public QueryText AddPage(string name, int page) =>
        Add(name, page == 0 ? null : (page + 1).ToString(CultureInfo.InvariantCulture));

    /// <summary>The query string, without the leading '?'; empty when nothing was added.</summary>
    public override string ToString() => _query.ToString();

    /// <summary><paramref name="path"/> with <paramref name="query"/>, or the bare path when the query is empty.</summary>
    public static string With(string path, string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Length == 0 ? path : path + "?" + query;
    }

    /// <summary>An id as the URLs write it.</summary>
    public static string Format(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);
}
