using DealDesk.Core.Kpis;
using DealDesk.Web.Components.Pages.Dashboard;
using DealDesk.Web.Components.Pages.Kpis;

namespace DealDesk.Tests.Web.Kpis;

public sealed class KpiDashboardUrlTests
{
    [Theory]
    [InlineData("name", KpiOrder.Name, false)]
    [InlineData("-name", KpiOrder.Name, true)]
    [InlineData("-complete", KpiOrder.PercentComplete, true)]
    [InlineData("complete", KpiOrder.PercentComplete, false)]
    [InlineData("-updated", KpiOrder.Updated, true)]
    [InlineData("updated", KpiOrder.Updated, false)]
    [InlineData(null, KpiOrder.Name, false)]
    [InlineData("--drop table", KpiOrder.Name, false)]
    public void ParseSort_ReadsTheOrderAndDirection_AndFallsBackToName(string? sort, KpiOrder order, bool descending) =>
        Assert.Equal((order, descending), KpiDashboardUrl.ParseSort(sort));

    [Fact]
    public void Dashboard_CarriesTheCircleAndANonDefaultSort()
    {
        var circle = Guid.NewGuid();

        Assert.Equal($"/kpis?circle={circle}&sort=-complete", KpiDashboardUrl.Dashboard(circle, "-complete"));
        Assert.Equal($"/kpis?circle={circle}", KpiDashboardUrl.Dashboard(circle, "name"));
        Assert.Equal("/kpis", KpiDashboardUrl.Dashboard(null, "nonsense"));
    }

    [Theory]
    [InlineData(7, 7)]
    [InlineData(365, 365)]
    [InlineData(12, KpiHistoryWindow.DefaultDays)]
    [InlineData(null, KpiHistoryWindow.DefaultDays)]
    public void NormalizeDays_KeepsTheOfferedPeriodsOnly(int? days, int expected) =>
        Assert.Equal(expected, KpiDashboardUrl.NormalizeDays(days));

    [Fact]
    public void Detail_LeavesTheDefaultPeriodOut()
    {
        var id = Guid.NewGuid();

        Assert.Equal($"/kpis/{id}", KpiDashboardUrl.Detail(id));
        Assert.Equal($"/kpis/{id}?days=365", KpiDashboardUrl.Detail(id, 365));
    }
}
