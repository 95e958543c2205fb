using AngleSharp.Dom;
using Bunit;
using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Deals.Components;

namespace DealDesk.Tests.Web.Deals;

public sealed class DealTableToolbarTests : MudComponentTest
{
    private static readonly StageOption Qualified = new(Guid.NewGuid(), "Qualified", StageKind.Open, 3, 30, 14);
    private static readonly StageOption Proposal = new(Guid.NewGuid(), "Proposal", StageKind.Open, 5, 60, 10);
    private static readonly NamedOption Riley = new(Guid.NewGuid(), "Riley Rep");
    private static readonly NamedOption Enterprise = new(Guid.NewGuid(), "Enterprise Team");

    private static readonly DealFormOptions Options = new([Qualified, Proposal], [Enterprise], [Riley], "USD");

    private readonly List<DealSearch> _raised = [];

    private IRenderedComponent<DealTableToolbar> RenderToolbar(DealSearch search) =>
        Render<DealTableToolbar>(p => p
            .Add(c => c.Search, search)
            .Add(c => c.Options, Options)
            .Add(c => c.SearchChanged, s => _raised.Add(s)));

    [Fact]
    public void ChoosingAStage_RaisesTheSearchWithThatStage_OnTheFirstPage()
    {
        var cut = RenderToolbar(new DealSearch { Text = "acme", SortBy = DealSortField.Value, Page = 3 });

        cut.Find("input[data-testid=filter-stage]").Click();
        Item(cut, "Proposal").Click();

        var raised = Assert.Single(_raised);
        Assert.Equal([Proposal.Id], raised.StageIds);
        Assert.Equal(("acme", DealSortField.Value, 0), (raised.Text, raised.SortBy, raised.Page));
    }

    [Fact]
    public void ChoosingASecondStage_KeepsTheFirst()
    {
        var cut = RenderToolbar(new DealSearch { StageIds = [Qualified.Id] });

        cut.Find("input[data-testid=filter-stage]").Click();
        Assert.Equal("true", Item(cut, "Qualified").GetAttribute("aria-selected"));
        Item(cut, "Proposal").Click();

        Assert.Equal(new[] { Qualified.Id, Proposal.Id }.Order(), Assert.Single(_raised).StageIds.Order());
        Assert.Equal("Qualified +1", cut.Find("input[data-testid=filter-stage]").GetAttribute("value"));
    }

    [Fact]
    public void AFilterList_ExistsOnlyWhileOpen_AndAClickBesideItClosesIt()
    {
        var cut = RenderToolbar(new DealSearch());
        Assert.Empty(cut.FindAll(".mud-popover-open"));

        cut.Find("input[data-testid=filter-owner]").Click();
        Assert.Equal(["Riley Rep"], cut.FindAll(".mud-popover-open .mud-list-item").Select(i => i.TextContent.Trim()));
        cut.Find(".deal-filter-overlay").Click();

        Assert.Empty(cut.FindAll(".mud-popover-open"));
        Assert.Empty(_raised);
    }

    [Fact]
    public void UnpickingTheOnlyChoice_RaisesTheSearchWithoutIt()
    {
        var cut = RenderToolbar(new DealSearch { Priorities = [DealPriority.High] });

        cut.Find("input[data-testid=filter-priority]").Click();
        Item(cut, "High").Click();

        Assert.Empty(Assert.Single(_raised).Priorities);
    }

    [Fact]
    public void TypingInTheSearchBox_RaisesTheSearchWithTheText_AndAStaleRenderDoesNotWipeIt()
    {
        var start = new DealSearch { StageIds = [Qualified.Id], Page = 2 };
        var cut = RenderToolbar(start);

        cut.Find("input[data-testid=deal-search]").Input("globex");

        cut.WaitForAssertion(() => Assert.Single(_raised));
        Assert.Equal(("globex", 0), (_raised[0].Text, _raised[0].Page));
        Assert.Equal([Qualified.Id], _raised[0].StageIds);
        cut.Render(p => p.Add(c => c.Search, start));
        Assert.Equal("globex", cut.Find("input[data-testid=deal-search]").GetAttribute("value"));
    }

    [Fact]
    public void ANewSearchFromOutside_FillsTheFields()
    {
        var cut = RenderToolbar(new DealSearch());

        cut.Render(p => p.Add(c => c.Search, new DealSearch { Text = "from the url", StageIds = [Proposal.Id] }));

        Assert.Equal("from the url", cut.Find("input[data-testid=deal-search]").GetAttribute("value"));
        Assert.Equal("Proposal", cut.Find("input[data-testid=filter-stage]").GetAttribute("value"));
        Assert.Empty(_raised);
    }

    [Fact]
    public void Clear_ResetsSearchAndFilters_ButKeepsTheSortAndPageSize()
    {
        var cut = RenderToolbar(new DealSearch
        {
            Text = "acme", StageIds = [Proposal.Id], ValueBands = [ValueBand.From500K], Priorities = [DealPriority.High],
            OwnerIds = [Riley.Id], CircleIds = [Enterprise.Id], SortBy = DealSortField.Owner, Descending = false,
            Page = 4, PageSize = 50,
        });

        cut.Find("[data-testid=clear-filters]").Click();

        Assert.Equivalent(
            new DealSearch { SortBy = DealSortField.Owner, Descending = false, PageSize = 50 }, Assert.Single(_raised), strict: true);
        Assert.Equal("", cut.Find("input[data-testid=deal-search]").GetAttribute("value") ?? "");
        Assert.True(cut.Find("[data-testid=clear-filters]").HasAttribute("disabled"));
    }

    [Fact]
    public void Clear_IsOffWhenNothingIsFiltered()
    {
        var cut = RenderToolbar(new DealSearch { SortBy = DealSortField.Value });

        Assert.True(cut.Find("[data-testid=clear-filters]").HasAttribute("disabled"));
    }

    private static IElement Item(IRenderedComponent<DealTableToolbar> toolbar, string text) =>
        toolbar.FindAll(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Trim() == text);
}
