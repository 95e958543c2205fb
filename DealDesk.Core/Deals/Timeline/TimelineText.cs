using System.Globalization;
using DealDesk.Core.Common;

namespace DealDesk.Core.Deals.Timeline;

/// <summary>How values are written into timeline entries: as users see them on screen, frozen at the time of the
/// change, so an entry still reads right after the account is renamed or the currency changes.</summary>
public static class TimelineText
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USD"] = "$", ["EUR"] = "€", ["GBP"] = "£", ["JPY"] = "¥", ["INR"] = "₹",
    };

    /// <summary>e.g. "$25,000", "$1,250.50" or "1,000 CHF" (cents only when there are some).</summary>
    public static string Money(decimal amount, string currency)
    {
        var number = amount.ToString("#,0.##", CultureInfo.InvariantCulture);
        return Symbols.TryGetValue(currency, out var symbol) ? symbol + number : $"{number} {currency.ToUpperInvariant()}";
    }

    /// <summary>e.g. "3 Mar 2027"; <c>null</c> for no date.</summary>
    public static string? Date(DateOnly? date) => date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Moved from Qualified to Proposal", with the reason when the deal was lost.</summary>
    public static string Moved(string? fromStage, string toStage, string? lostReason) =>
        (fromStage is null ? $"Moved to {toStage}" : $"Moved from {fromStage} to {toStage}")
        + (string.IsNullOrWhiteSpace(lostReason) ? "" : $" (lost: {lostReason.Trim()})");
}
