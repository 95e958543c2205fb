using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DealDesk.Data.Persistence.Conversions;

/// <summary>Stores a two-decimal amount as a whole number of hundredths (cents).</summary>
/// <remarks>SQLite keeps <c>decimal</c> as text, which it can neither sort nor compare numerically; an
/// INTEGER column sorts, range-filters, sums and indexes in SQL. Every decimal in the model has two
/// decimals (money, KPI values, percentages), so nothing is lost. See docs/decisions/0002.</remarks>
public sealed class HundredthsConverter() : ValueConverter<decimal, long>(
    value => (long)Math.Round(value * 100m, MidpointRounding.AwayFromZero),
    hundredths => hundredths / 100m);
