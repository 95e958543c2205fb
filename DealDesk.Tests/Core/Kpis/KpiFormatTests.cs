using DealDesk.Core.Kpis;

namespace DealDesk.Tests.Core.Kpis;

public sealed class KpiFormatTests
{
    [Theory]
    [InlineData(12_345, KpiUnit.Currency, "USD", "$12,345.00")]
    [InlineData(-1_234.5, KpiUnit.Currency, "USD", "-$1,234.50")]
    [InlineData(850, KpiUnit.Currency, "EUR", "€850.00")]
    [InlineData(99.9, KpiUnit.Currency, "CHF", "99.90 CHF")]
    [InlineData(35, KpiUnit.Percentage, "USD", "35.0%")]
    [InlineData(12.25, KpiUnit.Percentage, "USD", "12.3%")]
    [InlineData(4, KpiUnit.Hours, "USD", "4 hrs")]
    [InlineData(1, KpiUnit.Hours, "USD", "1 hr")]
    [InlineData(2.5, KpiUnit.Hours, "USD", "2.5 hrs")]
    [InlineData(45, KpiUnit.Days, "USD", "45 days")]
    [InlineData(1, KpiUnit.Days, "USD", "1 day")]
    [InlineData(1_234.5, KpiUnit.None, "USD", "1,234.5")]
    [InlineData(40, KpiUnit.None, "USD", "40")]
    public void Value_IsWrittenInItsUnit(double value, KpiUnit unit, string currency, string expected) =>
        Assert.Equal(expected, KpiFormat.Value((decimal)value, unit, currency));

    [Theory]
    [InlineData(90, "90.0%")]
    [InlineData(33.33, "33.3%")]
    [InlineData(0, "0.0%")]
    public void Percent_HasOneDecimal(double percent, string expected) =>
        Assert.Equal(expected, KpiFormat.Percent((decimal)percent));

    [Theory]
    [InlineData(12.5, "+12.5%")]
    [InlineData(-25, "-25.0%")]
    [InlineData(0, "0.0%")]
    public void Change_CarriesItsSign(double change, string expected) =>
        Assert.Equal(expected, KpiFormat.Change((decimal)change));
}
