using System.Globalization;
using DealDesk.Core.Common;

namespace DealDesk.Core.Kpis;

/// <summary>How KPI figures are written: the value in its unit ("$12,345.00", "35.0%", "4 hrs", "45 days"), the
/// progress ("90.0%") and the change ("+12.5%"). Invariant culture, so every user reads the same figures.</summary>
public static class KpiFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USD"] = "$", ["EUR"] = "€", ["GBP"] = "£", ["JPY"] = "¥", ["INR"] = "₹",
    };

    /// <summary><paramref name="value"/> in <paramref name="unit"/>; money in <paramref name="currency"/> (its
    /// symbol where it has a well-known one, else its code after the amount).</summary>
    public static string Value(decimal value, KpiUnit unit, string currency = Money.DefaultCurrency) => unit switch
    {
        KpiUnit.Currency => MoneyText(value, currency),
        KpiUnit.Percentage => value.ToString("#,0.0", Invariant) + "%",
        KpiUnit.Hours => Number(value) + (value == 1 ? " hr" : " hrs"),
        KpiUnit.Days => Number(value) + (value == 1 ? " day" : " days"),
        _ => Number(value),
    };

    /// <summary>A percentage complete, e.g. "90.0%".</summary>
    public static string Percent(decimal percent) => percent.ToString("#,0.0", Invariant) + "%";

    /// <summary>A percentage change with its sign, e.g. "+12.5%", "-25.0%", "0.0%".</summary>
    public static string Change(decimal change) =>
        (change > 0 ? "+" : "") + change.ToString("#,0.0", Invariant) + "%";

    private static string Number(decimal value) => value.ToString("#,0.##", Invariant);

    private static string MoneyText(decimal value, string currency)
    {
        var amount = Math.Abs(value).ToString("#,0.00", Invariant);
        var sign = value < 0 ? "-" : "";
        return Symbols.TryGetValue(currency, out var symbol)
            ? sign + symbol + amount
            : $"{sign}{amount} {currency.ToUpperInvariant()}";
    }
}
