using System.Globalization;

namespace DealDesk.Core.Deals;

/// <summary>How a closed deal ended: won or lost, and when. A closed deal shows this wherever an open deal shows its
/// health, because health measures the chance of closing and a closed deal has none left to measure.</summary>
/// <param name="Won"><c>true</c> when won, <c>false</c> when lost.</param>
/// <param name="At">When the deal entered its won or lost stage (UTC).</param>
public readonly record struct DealOutcome(bool Won, DateTime At)
{
    /// <summary>The outcome of a deal with these timestamps; <c>null</c> while it is open.</summary>
    public static DealOutcome? Of(DateTime? wonAt, DateTime? lostAt) =>
        wonAt is { } won ? new DealOutcome(true, won)
        : lostAt is { } lost ? new DealOutcome(false, lost)
        : null;

    /// <summary>"Won" or "Lost".</summary>
    public string Label => Won ? "Won" : "Lost";

    /// <summary>e.g. "Lost 3 Dec 2026", the day in the format dates have across the app.</summary>
    public string Text => $"{Label} {At.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";
}
