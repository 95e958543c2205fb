using DealDesk.Web.Components.Shared;

namespace DealDesk.Tests.Web.Shared;

public sealed class MoneyFormatTests
{
    [Theory]
    [InlineData(0, "USD", "$0")]
    [InlineData(1234567.89, "USD", "$1,234,568")]
    [InlineData(950, "EUR", "€950")]
    [InlineData(5000, "CHF", "5,000 CHF")]
    public void Full_UsesSymbolOrCodeWithThousandsSeparators(double amount, string currency, string expected) =>
        Assert.Equal(expected, MoneyFormat.Full((decimal)amount, currency));

    [Theory]
    [InlineData(900, "$900")]
    [InlineData(9999, "$9,999")]
    [InlineData(12_400, "$12k")]
    [InlineData(1_240_000, "$1.2M")]
    [InlineData(3_000_000_000, "$3B")]
    public void Compact_AbbreviatesLargeFigures(double amount, string expected) =>
        Assert.Equal(expected, MoneyFormat.Compact((decimal)amount, "USD"));
}
