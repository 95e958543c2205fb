using Bunit;
using DealDesk.Core.Dashboard;
using DealDesk.Core.Pipeline;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Dashboard;
using DealDesk.Web.Components.Pages.Dashboard.Components;

namespace DealDesk.Tests.Web.Dashboard;

public sealed class StageBreakdownTests : MudComponentTest
{
    private static StageSummary Stage(string name, int order, int count, decimal value) =>
        new(Guid.NewGuid(), name, order, StageKind.Open, count, value, value / 2);

    [Fact]
    public void Render_ListsEveryStageInOrderWithCountAndValue()
    {
        var cut = Render<StageBreakdown>(p => p
            .Add(c => c.Stages, [Stage("New", 1, 12, 150_000m), Stage("Proposal", 5, 3, 1_234_567m)])
            .Add(c => c.Currency, "USD"));

        var rows = cut.FindAll("[data-testid=stage-row]");
        Assert.Equal(["New", "Proposal"], rows.Select(r => r.GetAttribute("data-stage")));
        Assert.Equal(["12", "3"], cut.FindAll("[data-testid=stage-count]").Select(c => c.TextContent));
        Assert.Equal(["$150,000", "$1,234,567"], cut.FindAll("[data-testid=stage-value]").Select(c => c.TextContent));
        Assert.NotEmpty(cut.FindAll(".mud-chart"));
        Assert.Empty(cut.FindAll("[data-testid=pipeline-empty]"));
    }

    [Fact]
    public void Render_WithNoOpenDeals_SaysSoInsteadOfAnEmptyChart()
    {
        var cut = Render<StageBreakdown>(p => p
            .Add(c => c.Stages, [Stage("New", 1, 0, 0m), Stage("Proposal", 5, 0, 0m)])
            .Add(c => c.Currency, "EUR"));

        Assert.Contains("No open deals", cut.Find("[data-testid=pipeline-empty]").TextContent);
        Assert.Empty(cut.FindAll(".mud-chart"));
        Assert.Equal(["€0", "€0"], cut.FindAll("[data-testid=stage-value]").Select(c => c.TextContent));
    }

    [Fact]
    public void Render_StageNameWithMarkup_ShowsItLiterallyOnTheChartAxis_AndAddsNoElement()
    {
        const string payload = "<img src=x onerror=\"window.__xss=1\"> R&D";

        var cut = Render<StageBreakdown>(p => p
            .Add(c => c.Stages, [Stage(payload, 1, 2, 5_000m), Stage("Won't <b>bold</b>", 2, 1, 1_000m)])
            .Add(c => c.Currency, "USD"));

        var chart = cut.Find(".mud-chart");
        Assert.Empty(chart.QuerySelectorAll("img, b"));
        var axisLabels = chart.QuerySelectorAll(".mud-charts-xaxis text").Select(t => t.TextContent).ToArray();
        Assert.Equal([payload, "Won't <b>bold</b>"], axisLabels);
        Assert.Contains("$1,280", chart.QuerySelectorAll(".mud-charts-yaxis text").Select(t => t.TextContent));
    }
}
