using DealDesk.Core.Common;
using DealDesk.Core.Deals.Timeline;

namespace DealDesk.Tests.Core.Deals.Timeline;

/// <summary>Timeline values read as users see them on screen.</summary>
public sealed class TimelineTextTests
{
    [Theory]
    [InlineData(25000, "USD", "$25,000")]
    [InlineData(1250.5, "EUR", "€1,250.5")]
    [InlineData(1000, "CHF", "1,000 CHF")]
    public void Money_UsesTheSymbolOrTheCode(decimal amount, string currency, string expected) =>
        Assert.Equal(expected, TimelineText.Money(amount, currency));

    [Fact]
    public void Date_IsDayMonthYear_AndNullForNone()
    {
        Assert.Equal("3 Mar 2027", TimelineText.Date(new DateOnly(2027, 3, 3)));
        Assert.Null(TimelineText.Date(null));
    }

    [Fact]
    public void Moved_NamesBothStages_AndTheLostReason()
    {
        Assert.Equal("Moved from Qualified to Proposal", TimelineText.Moved("Qualified", "Proposal", null));
        Assert.Equal("Moved from Proposal to Lost (lost: Price too high)", TimelineText.Moved("Proposal", "Lost", " Price too high "));
    }
}
