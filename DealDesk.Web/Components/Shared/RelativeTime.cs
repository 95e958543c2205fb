using System.Globalization;

namespace DealDesk.Web.Components.Shared;

/// <summary>When something happened, as people say it ("5 min ago") with the exact moment for a tooltip.</summary>
public static class RelativeTime
{
    /// <summary>"just now", "5 min ago", "3 h ago", "2 days ago", then the date from a week on.</summary>
    public static string Of(DateTime at, DateTime now)
    {
        var elapsed = now - at;
        return elapsed switch
        {
            { TotalMinutes: < 1 } => "just now",
            { TotalHours: < 1 } => $"{(int)elapsed.TotalMinutes} min ago",
            { TotalDays: < 1 } => $"{(int)elapsed.TotalHours} h ago",
            { TotalDays: < 2 } => "yesterday",
            { TotalDays: < 7 } => $"{(int)elapsed.TotalDays} days ago",
            _ => at.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>e.g. "3 Mar 2027 14:05 UTC".</summary>
    public static string Exact(DateTime at) => at.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
