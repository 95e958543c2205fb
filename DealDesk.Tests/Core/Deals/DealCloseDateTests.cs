using DealDesk.Core.Deals;
using DealDesk.Tests.Support;

namespace DealDesk.Tests.Core.Deals;

public sealed class DealCloseDateTests
{
    private static Deal NewDeal() =>
        new("Acme – 200 seats", Guid.CreateVersion7(), Guid.CreateVersion7(), new TestStages()["New"], null,
            new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void ExpectCloseOn_MovingTheDateLater_CountsAPush()
    {
        var deal = NewDeal();
        deal.ExpectCloseOn(new DateOnly(2026, 3, 1));

        deal.ExpectCloseOn(new DateOnly(2026, 4, 1));
        deal.ExpectCloseOn(new DateOnly(2026, 5, 1));

        Assert.Equal(2, deal.CloseDatePushCount);
    }

    [Fact]
    public void ExpectCloseOn_SettingAFirstDate_PullingItIn_OrClearingIt_IsNoPush()
    {
        var deal = NewDeal();

        deal.ExpectCloseOn(new DateOnly(2026, 3, 1));
        deal.ExpectCloseOn(new DateOnly(2026, 2, 1));
        deal.ExpectCloseOn(null);
        deal.ExpectCloseOn(new DateOnly(2026, 9, 1));

        Assert.Equal(0, deal.CloseDatePushCount);
    }
}
