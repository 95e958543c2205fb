using Bunit;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Pipeline.Components;

namespace DealDesk.Tests.Web.Pipeline;

public sealed class DealCardViewTests : MudComponentTest
{
    private static readonly DateTime Now = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    private static readonly StageOption Proposal = new(Guid.NewGuid(), "Proposal", StageKind.Open, 5, 60, RottingDays: 30);

    private static DealCard Card(int daysInStage, string? owner = "Jordan Kim", DealPriority priority = DealPriority.High) =>
        new(Guid.NewGuid(), Proposal.Id, "Initech – 200 seats", "Initech", 12_345.5m, "USD", owner, priority,
            Now.AddDays(-daysInStage).AddHours(-1), [1, 2, 3]);

    private IRenderedComponent<DealCardView> RenderCard(DealCard card, StageOption? stage = null) =>
        Render<DealCardView>(p => p.Add(c => c.Card, card).Add(c => c.Stage, stage ?? Proposal).Add(c => c.Now, Now));

    [Fact]
    public void Render_ShowsNameLinkAccountValueOwnerInitialsDaysAndPriority()
    {
        var card = Card(daysInStage: 12);

        var cut = RenderCard(card);

        var name = cut.Find("[data-testid=deal-card-name]");
        Assert.Equal("Initech – 200 seats", name.TextContent.Trim());
        Assert.Equal($"/deals/{card.Id}", name.GetAttribute("href"));
        Assert.Equal("Initech", cut.Find("[data-testid=deal-card-account]").TextContent.Trim());
        Assert.Equal("$12,346", cut.Find("[data-testid=deal-card-value]").TextContent.Trim());
        Assert.Equal("JK", cut.Find("[data-testid=deal-card-owner]").TextContent.Trim());
        Assert.Equal("Jordan Kim", cut.Find("[data-testid=deal-card-owner]").GetAttribute("aria-label"));
        Assert.Equal("12 days in stage", cut.Find("[data-testid=deal-card-days]").TextContent.Trim());
        Assert.Equal("High", cut.Find("[data-testid=deal-card-priority]").TextContent.Trim());
        Assert.Equal(card.Id.ToString(), cut.Find("[data-testid=deal-card]").GetAttribute("data-deal-id"));
    }

    [Fact]
    public void Render_WithoutOwner_ShowsAnUnassignedAvatar()
    {
        var cut = RenderCard(Card(daysInStage: 1, owner: null, priority: DealPriority.Low));

        Assert.Equal("Unassigned", cut.Find("[data-testid=deal-card-owner]").GetAttribute("aria-label"));
        Assert.Equal("1 day in stage", cut.Find("[data-testid=deal-card-days]").TextContent.Trim());
        Assert.Equal("Low", cut.Find("[data-testid=deal-card-priority]").TextContent.Trim());
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(30, false)]
    [InlineData(31, true)]
    [InlineData(200, true)]
    public void StaleMarker_ShowsOnlyPastTheStagesRottingDays(int daysInStage, bool stale)
    {
        var cut = RenderCard(Card(daysInStage));

        var marker = cut.FindAll("[data-testid=deal-card-stale]");
        Assert.Equal(stale, marker.Count == 1);
        Assert.Equal(stale, cut.Find("[data-testid=deal-card]").ClassList.Contains("deal-card-stale"));
        if (stale)
        {
            Assert.Equal($"No progress for {daysInStage} days", marker[0].GetAttribute("aria-label"));
        }
    }

    [Theory]
    [InlineData(StageKind.Won, 30)]
    [InlineData(StageKind.Lost, 30)]
    [InlineData(StageKind.Open, null)]
    public void StaleMarker_NeverShowsForClosedStagesOrStagesWithoutALimit(StageKind kind, int? rottingDays)
    {
        var stage = Proposal with { Kind = kind, RottingDays = rottingDays };

        var cut = RenderCard(Card(daysInStage: 400), stage);

        Assert.Empty(cut.FindAll("[data-testid=deal-card-stale]"));
        Assert.False(cut.Find("[data-testid=deal-card]").ClassList.Contains("deal-card-stale"));
    }
}
