using System.Globalization;
using DealDesk.Core.Accounts;
using DealDesk.Web.Components.Shared;

namespace DealDesk.Web.Components.Pages.Accounts;

/// <summary>The account list's view as a URL: <c>/accounts?q=acme&amp;page=2&amp;sort=openvalue&amp;dir=desc</c>, pages
/// counted from 1. Read leniently: an unknown value is dropped, never an error.</summary>
public static class AccountListUrl
{
    /// <summary>The account list's page.</summary>
    public const string Path = "/accounts";

    // Far beyond any real list; keeps page * size inside an int.
    private const int MaxPageNumber = 1_000_000;

    /// <summary>How <see cref="UrlState{T}"/> reads and writes the list's view.</summary>
    public static UrlCodec<AccountListView> Codec { get; } =
        new(Path, Parse, view => Build(view.Text, view.Page, view.Sort), (a, b) => a == b);

    /// <summary>The view a query string describes (<c>q</c>, <c>page</c> from 1, <c>sort</c>, <c>dir</c>), with or
    /// without its '?'. A URL is user input: what makes no sense is ignored, never an error.</summary>
    public static AccountListView Parse(string? query)
    {
        var values = QueryValues.Parse(query);
        var text = values.First("q");
        return new AccountListView(string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            values.Page("page", MaxPageNumber), ParseSort(values.First("sort"), values.First("dir")));
    }

    /// <summary>The sort the URL's <c>sort</c> and <c>dir</c> name; by name, A to Z, when they name none.</summary>
    public static AccountSort ParseSort(string? sort, string? direction) =>
        Enum.TryParse<AccountSortField>(sort, ignoreCase: true, out var field) && Enum.IsDefined(field)
            && !int.TryParse(sort, out _)
            ? new AccountSort(field, string.Equals(direction, "desc", StringComparison.OrdinalIgnoreCase))
            : AccountSort.Default;

    /// <summary>The URL of a view; the default sort and the first page are left out.</summary>
    public static string Build(string? text, int page, AccountSort sort)
    {
        ArgumentNullException.ThrowIfNull(sort);
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(text))
        {
            query.Add("q=" + Uri.EscapeDataString(text.Trim()));
        }

        if (page > 0)
        {
            query.Add("page=" + (page + 1).ToString(CultureInfo.InvariantCulture));
        }

        if (sort != AccountSort.Default)
        {
            query.Add("sort=" + sort.Field.ToString().ToLowerInvariant());
            if (sort.Descending)
            {
                query.Add("dir=desc");
            }
        }

        return query.Count == 0 ? Path : Path + "?" + string.Join('&', query);
    }
}

/// <summary>What the account list shows.</summary>
/// <param name="Text">The search text, trimmed; <c>null</c> for none.</param>
/// <param name="Page">The zero-based page.</param>
/// <param name="Sort">The order.</param>
public sealed record AccountListView(string? Text, int Page, AccountSort Sort);
