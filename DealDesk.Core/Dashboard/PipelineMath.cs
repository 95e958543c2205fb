namespace DealDesk.Core.Dashboard;

/// <summary>The pipeline metrics' formulas, kept pure so they can be pinned by tests on hand-made numbers.</summary>
public static class PipelineMath
{
    /// <summary>Days over which the win rate and the average days to close are taken.</summary>
    public const int ClosedWindowDays = 90;

    /// <summary>Days over which "won lately" is counted.</summary>
    public const int WonWindowDays = 30;

    /// <summary>Value times win probability (0–100), to the cent: what the deal is "worth" today.</summary>
    public static decimal Weighted(decimal value, int probability) =>
        Math.Round(value * Math.Clamp(probability, 0, 100) / 100m, 2, MidpointRounding.AwayFromZero);

    /// <summary>Won ÷ (won + lost), 0–1; <c>null</c> when nothing closed, so "no data" never reads as 0 %.</summary>
    public static double? WinRate(int won, int lost)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(won);
        ArgumentOutOfRangeException.ThrowIfNegative(lost);
        return won + lost == 0 ? null : (double)won / (won + lost);
    }

    /// <summary>Mean days from creation to winning over <paramref name="wonDeals"/>; <c>null</c> when there are none.</summary>
    public static double? AverageDaysToClose(IEnumerable<(DateTime CreatedAt, DateTime WonAt)> wonDeals)
    {
        ArgumentNullException.ThrowIfNull(wonDeals);
        var days = wonDeals.Select(d => Math.Max(0, (d.WonAt - d.CreatedAt).TotalDays)).ToList();
        return days.Count == 0 ? null : Math.Round(days.Average(), 1);
    }
}
