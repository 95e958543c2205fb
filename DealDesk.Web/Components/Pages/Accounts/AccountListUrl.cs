using System.Globalization;
using DealDesk.Core.Accounts;

namespace DealDesk.Web.Components.Pages.Accounts;

/// <summary>The account list's view as a URL: <c>/accounts?q=acme&amp;page=2&amp;sort=openvalue&amp;dir=desc</c>, pages
/// counted from 1. Read leniently: an unknown value is dropped, never an error.</summary>
public static class AccountListUrl
{
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

        return query.Count == 0 ? "/accounts" : "/accounts?" + string.Join('&', query);
    }
}
