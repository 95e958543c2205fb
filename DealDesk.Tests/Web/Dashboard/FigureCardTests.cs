using Bunit;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Dashboard;
using DealDesk.Web.Components.Pages.Dashboard.Components;

namespace DealDesk.Tests.Web.Dashboard;

public sealed class FigureCardTests : MudComponentTest
{
    [Fact]
    public void Render_ShowsTitleValueAndCaptionUnderTheTestId()
    {
        var cut = Render<FigureCard>(p => p
            .Add(c => c.Title, "Open pipeline")
            .Add(c => c.Value, "$1.2M")
            .Add(c => c.Caption, "$1,234,567")
            .Add(c => c.TestId, "open-value"));

        Assert.Contains("Open pipeline", cut.Markup);
        Assert.Equal("$1.2M", cut.Find("[data-testid=open-value-value]").TextContent);
        Assert.Equal("$1,234,567", cut.Find("[data-testid=open-value-caption]").TextContent);
    }

    [Fact]
    public void Render_WithoutCaption_RendersNoCaptionLine()
    {
        var cut = Render<FigureCard>(p => p
            .Add(c => c.Title, "KPIs tracked")
            .Add(c => c.Value, "12")
            .Add(c => c.TestId, "kpi-count"));

        Assert.Empty(cut.FindAll("[data-testid=kpi-count-caption]"));
    }
}
