using DealDesk.Core.Kpis;
using DealDesk.Web.Components.Shared;

namespace DealDesk.Web.Components.Pages.Kpis;

/// <summary>The KPI pages' addresses: the circle and the order of the dashboard (<c>/kpis?circle=…&amp;sort=-complete</c>,
/// a leading '-' for descending, as seed 003's <c>ordering</c>), and the history period of a KPI's page. Values that
/// make no sense fall back to the defaults, because a URL is user input.</summary>
public static class KpiDashboardUrl
{
    /// <summary>The dashboard.</summary>
    public const string Path = "/kpis";

    /// <summary>The order when the URL names none.</summary>
    public const string DefaultSort = "name";

    /// <summary>The orders offered, by their URL key, with their label.</summary>
    public static IReadOnlyList<(string Key, string Label)> Sorts { get; } =
    [
        ("name", "Name (A–Z)"),
        ("-name", "Name (Z–A)"),
        ("-complete", "Most complete first"),
        ("complete", "Least complete first"),
        ("-updated", "Recently updated first"),
        ("updated", "Least recently updated first"),
    ];

    /// <summary>How <see cref="UrlState{T}"/> reads and writes the dashboard's view.</summary>
    public static UrlCodec<KpiDashboardView> Codec { get; } =
        new(Path, Parse, view => Dashboard(view.CircleId, view.Sort), (a, b) => a == b);

    /// <summary>The view a query string describes (<c>circle</c>, <c>sort</c>), with or without its '?'. The
    /// circle is read as text because a URL is user input: a malformed id is no circle, never an error.</summary>
    public static KpiDashboardView Parse(string? query)
    {
        var values = QueryValues.Parse(query);
        return new KpiDashboardView(Guid.TryParse(values.First("circle"), out var id) ? id : null,
            NormalizeSort(values.First("sort")));
    }

    /// <summary>The order a sort key stands for; the default for anything else.</summary>
    public static (KpiOrder Order, bool Descending) ParseSort(string? sort)
    {
        var key = Sorts.Any(s => s.Key == sort) ? sort! : DefaultSort;
        var descending = key.StartsWith('-');
        return (key.TrimStart('-') switch
        {
            "complete" => KpiOrder.PercentComplete,
            "updated" => KpiOrder.Updated,
            _ => KpiOrder.Name,
        }, descending);
    }

    /// <summary>The sort key to show for <paramref name="sort"/>: itself when known, else the default.</summary>
    public static string NormalizeSort(string? sort) => Sorts.Any(s => s.Key == sort) ? sort! : DefaultSort;

    /// <summary>The dashboard of <paramref name="circleId"/> in <paramref name="sort"/> order.</summary>
    public static string Dashboard(Guid? circleId, string? sort)
    {
        var parts = new List<string>();
        if (circleId is { } id)
        {
            parts.Add($"circle={id}");
        }

        var key = NormalizeSort(sort);
        if (key != DefaultSort)
        {
            parts.Add($"sort={Uri.EscapeDataString(key)}");
        }

        return parts.Count == 0 ? Path : $"{Path}?{string.Join('&', parts)}";
    }

    /// <summary>A KPI's page showing <paramref name="days"/> days of history.</summary>
    public static string Detail(Guid kpiId, int days = KpiHistoryWindow.DefaultDays) =>
        days == KpiHistoryWindow.DefaultDays ? $"{Path}/{kpiId}" : $"{Path}/{kpiId}?days={days}";

    /// <summary>The period to show: <paramref name="days"/> when offered, else the default.</summary>
    public static int NormalizeDays(int? days) =>
        days is { } d && KpiHistoryWindow.Days.Contains(d) ? d : KpiHistoryWindow.DefaultDays;
}

/// <summary>What the KPI dashboard shows.</summary>
/// <param name="CircleId">The circle; <c>null</c> for the current one.</param>
/// <param name="Sort">The order, one of <see cref="KpiDashboardUrl.Sorts"/>.</param>
public sealed record KpiDashboardView(Guid? CircleId, string Sort);
