namespace DealDesk.Core.Kpis;

/// <summary>The periods a KPI's history is shown for, and how much of it one request returns.</summary>
public static class KpiHistoryWindow
{
    /// <summary>The periods offered, in days.</summary>
    public static IReadOnlyList<int> Days { get; } = [7, 30, 90, 365];

    /// <summary>The period shown when none is asked for (seed 003's default).</summary>
    public const int DefaultDays = 30;

    /// <summary>Longest period a request may ask for.</summary>
    public const int MaxDays = 366;

    /// <summary>Entries returned when no limit is given (seed 003's default).</summary>
    public const int DefaultLimit = 100;

    /// <summary>Most entries one request returns: a year of daily snapshots plus a value change most days.</summary>
    public const int MaxLimit = 2000;
}
