using DealDesk.Core.Dashboard;
using DealDesk.Web.Components.Pages.Dashboard;

namespace DealDesk.Tests.Core.Dashboard;

public sealed class PipelineMathTests
{
    private static readonly DateTime Start = new(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(10_000, 40, 4_000)]
    [InlineData(333.33, 10, 33.33)]
    [InlineData(0.05, 50, 0.03)]
    [InlineData(5_000, 0, 0)]
    [InlineData(5_000, 100, 5_000)]
    public void Weighted_IsValueTimesProbability_ToTheCent(decimal value, int probability, decimal expected) =>
        Assert.Equal(expected, PipelineMath.Weighted(value, probability));

    [Theory]
    [InlineData(3, 1, 0.75)]
    [InlineData(5, 0, 1.0)]
    [InlineData(0, 4, 0.0)]
    public void WinRate_IsWonOverClosed(int won, int lost, double expected) =>
        Assert.Equal(expected, PipelineMath.WinRate(won, lost));

    [Fact]
    public void WinRate_WithNothingClosed_IsUnknownRatherThanZero() => Assert.Null(PipelineMath.WinRate(0, 0));

    [Fact]
    public void AverageDaysToClose_IsTheMeanOfCreationToWin()
    {
        var average = PipelineMath.AverageDaysToClose([
            (Start, Start.AddDays(10)),
            (Start, Start.AddDays(20)),
            (Start, Start.AddDays(33)),
        ]);

        Assert.Equal(21.0, average);
    }

    [Fact]
    public void AverageDaysToClose_WithNoWonDeals_IsUnknown() => Assert.Null(PipelineMath.AverageDaysToClose([]));

    [Fact]
    public void AverageDaysToClose_CountsAWinDatedBeforeCreation_AsZeroDays() =>
        Assert.Equal(0.0, PipelineMath.AverageDaysToClose([(Start, Start.AddDays(-2))]));
}
