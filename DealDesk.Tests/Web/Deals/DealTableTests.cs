using Bunit;
using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Core.Pipeline;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Deals.Components;
using DealDesk.Web.Components.Shared;

namespace DealDesk.Tests.Web.Deals;

/// <summary>The deal table draws its rows, headers and pager as plain markup: what each row shows, and the view a
/// header or the pager asks for.</summary>
public sealed class DealTableTests : MudComponentTest
{
    private static readonly DateTime Now = new(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc);

    private readonly List<DealSearch> _asked = [];
    private readonly List<Guid> _opened = [];

    private IRenderedComponent<DealTable> RenderTable(DealSearch view, int total, params DealRow[] rows) =>
        Render<DealTable>(p => p
            .Add(c => c.Page, new DealPage(rows, total))
            .Add(c => c.View, view)
            .Add(c => c.Now, Now)
            .Add(c => c.ViewChanged, v => _asked.Add(v))
            .Add(c => c.RowClicked, id => _opened.Add(id)));

    [Fact]
    public void ARow_ShowsItsDeal_WithoutAComponentPerCell()
    {
        var stale = Row("Acme renewal", StageKind.Open, stageDaysAgo: 40, rottingDays: 30) with
        {
            HealthScore = 35, HealthTrend = HealthTrend.Declining,
        };
        var lost = Row("Globex pilot", StageKind.Lost, stageDaysAgo: 2, rottingDays: null) with { LostAt = Now.AddDays(-2) };

        var cut = RenderTable(new DealSearch(), 2, stale, lost);

        Assert.Equal(["Acme renewal", "Globex pilot"], cut.FindAll("[data-testid=cell-name]").Select(c => c.TextContent));
        var badges = cut.FindAll("[data-testid=cell-health] [data-testid=health-badge]");
        Assert.Equal("35", badges[0].GetAttribute("data-score"));
        Assert.Contains("mud-chip-color-error", badges[0].ClassName);
        Assert.Equal("Health 35 (Critical), declining", badges[0].GetAttribute("title"));
        Assert.Equal("Lost", badges[1].GetAttribute("data-outcome"));
        Assert.Contains("mud-chip-color-error", cut.FindAll("[data-testid=cell-stage]")[1].ClassName);
        Assert.Equal("12500", cut.FindAll("[data-testid=cell-value]")[0].GetAttribute("data-value"));
        Assert.Equal(["40", "2"], cut.FindAll("[data-testid=cell-days]").Select(c => c.TextContent));
        var staleIcon = Assert.Single(cut.FindAll("[data-testid=stale]"));
        Assert.Equal("stale", staleIcon.GetAttribute("aria-label"));
        Assert.Equal("Stale: over the 30 days Proposal allows", staleIcon.ParentElement!.GetAttribute("title"));
        Assert.Single(cut.FindComponents<DealTablePager>());
        Assert.Empty(cut.FindComponents<HealthBadge>());
    }

    [Fact]
    public void ClickingARow_OpensItsDeal()
    {
        var row = Row("Acme renewal", StageKind.Open, 1, 30);
        var cut = RenderTable(new DealSearch(), 1, row);

        cut.Find("tbody tr").Click();

        Assert.Equal([row.Id], _opened);
    }

    [Fact]
    public void NoRows_ShowTheEmptyState()
    {
        var cut = RenderTable(new DealSearch { Text = "nothing" }, 0);

        Assert.Contains("No deals match this search", cut.Find("[data-testid=deals-empty]").TextContent);
        Assert.Equal("0-0 of 0", cut.Find("[data-testid=page-info]").TextContent);
    }

    [Fact]
    public void Headers_MarkTheSort_AndAClickAsksForTheViewSortedByTheirColumn()
    {
        var view = new DealSearch { SortBy = DealSortField.Value, Descending = true, Page = 2 };
        var cut = RenderTable(view, 100, Row("Acme renewal", StageKind.Open, 1, 30));

        var arrow = Assert.Single(cut.FindAll("th .sort-direction-icon.mud-direction-desc"));
        Assert.Equal("Sort by Value", arrow.GetAttribute("aria-label"));
        Assert.Empty(cut.FindAll("th .sort-direction-icon.mud-direction-asc"));
        cut.FindAll("th .sortable-column-header").Single(h => h.TextContent == "Value").Click();
        cut.FindAll("th .sortable-column-header").Single(h => h.TextContent == "Owner").Click();

        Assert.Equal([(DealSortField.Value, false, 0), (DealSortField.Owner, false, 0)],
            _asked.Select(v => (v.SortBy, v.Descending, v.Page)));
    }

    [Fact]
    public void ThePager_ShowsWhereThePageIs_AndAsksForItsNeighboursAndAnotherSize()
    {
        var view = new DealSearch { Text = "acme", Page = 1 };
        var cut = RenderTable(view, 60, Row("Acme renewal", StageKind.Open, 1, 30));

        Assert.Equal("26-50 of 60", cut.Find("[data-testid=page-info]").TextContent);
        cut.Find("[aria-label='Next page']").Click();
        cut.Find("[aria-label='Previous page']").Click();
        cut.Find("[aria-label='Last page']").Click();
        cut.Find("[data-testid=page-size]").Change("50");

        Assert.Equal([(2, 25), (0, 25), (2, 25), (0, 50)], _asked.Select(v => (v.Page, v.PageSize)));
        Assert.All(_asked, v => Assert.Equal("acme", v.Text));
    }

    [Fact]
    public void ThePager_OnTheFirstAndLastPages_TurnsOffTheWaysOut()
    {
        var first = RenderTable(new DealSearch(), 60, Row("Acme renewal", StageKind.Open, 1, 30));
        Assert.True(first.Find("[aria-label='First page']").HasAttribute("disabled"));
        Assert.True(first.Find("[aria-label='Previous page']").HasAttribute("disabled"));
        Assert.False(first.Find("[aria-label='Next page']").HasAttribute("disabled"));

        var last = RenderTable(new DealSearch { Page = 2 }, 60, Row("Acme renewal", StageKind.Open, 1, 30));
        Assert.True(last.Find("[aria-label='Next page']").HasAttribute("disabled"));
        Assert.True(last.Find("[aria-label='Last page']").HasAttribute("disabled"));
    }

    private static DealRow Row(string name, StageKind kind, int stageDaysAgo, int? rottingDays) => new(
        Guid.NewGuid(), name, Guid.NewGuid(), "Acme", Guid.NewGuid(), kind == StageKind.Lost ? "Lost" : "Proposal", kind,
        rottingDays, 12_500m, "USD", 40, DealPriority.High, Guid.NewGuid(), "Riley Rep", Guid.NewGuid(), "Enterprise Team",
        new DateOnly(2027, 1, 15), Now.AddDays(-stageDaysAgo), Now.AddDays(-1), [1]);
}
