using AngleSharp.Dom;
using Bunit;
using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Deals.Components;
using MudBlazor;

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
        var popovers = Render<MudPopoverProvider>();
        var cut = RenderToolbar(new DealSearch { Text = "acme", SortBy = DealSortField.Value, Page = 3 });

        cut.FindComponents<MudSelect<Guid>>()[0].Find(".mud-input-control").MouseDown();
        Item(popovers, "Proposal").Click();

        var raised = Assert.Single(_raised);
        Assert.Equal([Proposal.Id], raised.StageIds);
        Assert.Equal(("acme", DealSortField.Value, 0), (raised.Text, raised.SortBy, raised.Page));
    }

    [Fact]
    public void ChoosingASecondStage_KeepsTheFirst()
    {
        var popovers = Render<MudPopoverProvider>();
        var cut = RenderToolbar(new DealSearch { StageIds = [Qualified.Id] });

        cut.FindComponents<MudSelect<Guid>>()[0].Find(".mud-input-control").MouseDown();
        Item(popovers, "Proposal").Click();

        Assert.Equal(new[] { Qualified.Id, Proposal.Id }.Order(), Assert.Single(_raised).StageIds.Order());
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

    private static IElement Item(IRenderedComponent<MudPopoverProvider> popovers, string text) =>
        popovers.FindAll(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Trim() == text);
}
