using System.Globalization;

namespace DealDesk.Web.Components.Shared;

/// <summary>How money is written on screen: the currency's symbol where it has a well-known one, otherwise
/// its ISO code; compact form (k, M, B) for headline figures.</summary>
public static class MoneyFormat
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USD"] = "$", ["EUR"] = "€", ["GBP"] = "£", ["JPY"] = "¥", ["INR"] = "₹",
    };

    /// <summary>e.g. "$1,234,567" or "1,234,567 CHF".</summary>
    public static string Full(decimal amount, string currency) =>
        WithCurrency(amount.ToString("#,0", CultureInfo.InvariantCulture), currency);

    /// <summary>e.g. "$1.2M", "€850k", "$900".</summary>
    public static string Compact(decimal amount, string currency)
    {
        var magnitude = Math.Abs(amount);
        var text = magnitude switch
        {
            >= 1_000_000_000m => (amount / 1_000_000_000m).ToString("0.#", CultureInfo.InvariantCulture) + "B",
            >= 1_000_000m => (amount / 1_000_000m).ToString("0.#", CultureInfo.InvariantCulture) + "M",
            >= 10_000m => (amount / 1_000m).ToString("0", CultureInfo.InvariantCulture) + "k",
            _ => amount.ToString("#,0", CultureInfo.InvariantCulture),
        };
        return WithCurrency(text, currency);
    }

    private static string WithCurrency(string number, string currency) =>
        Symbols.TryGetValue(currency, out var symbol) ? symbol + number : $"{number} {currency.ToUpperInvariant()}";
}
