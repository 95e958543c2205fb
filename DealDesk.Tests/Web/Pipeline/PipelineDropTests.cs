using AngleSharp.Dom;
using Bunit;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Pipeline;
using DealDesk.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DealDesk.Tests.Web.Pipeline;

/// <summary>A drop on the board page is drawn in its new column, with both columns' counts, while the save is still on
/// its way; a saved drop stays, a refused one goes back with the reason in a snackbar, and a drop on Lost shows there
/// while the reason is asked and goes back when the question is cancelled.</summary>
public sealed class PipelineDropTests : MudComponentTest
{
    private static readonly StageOption New = new(Guid.NewGuid(), "New", StageKind.Open, 1, 10, 14);
    private static readonly StageOption Won = new(Guid.NewGuid(), "Won", StageKind.Won, 2, 100, null);
    private static readonly StageOption Lost = new(Guid.NewGuid(), "Lost", StageKind.Lost, 3, 0, null);

    // The page saves on the thread pool, which a busy machine may start late.
    private static readonly TimeSpan Settles = TimeSpan.FromSeconds(30);

    private readonly ListBoard _board = new(New, Won, Lost);
    private readonly HeldDealService _deals;

    public PipelineDropTests()
    {
        _deals = new HeldDealService(_board);
        Services.AddSingleton<IPipelineBoardQueries>(_board);
        Services.AddSingleton<IDealService>(_deals);
        Services.AddSingleton<IDealChangeFeed>(new QuietFeed());
        Services.AddSingleton(new CurrentUser());
        Services.AddSingleton(TimeProvider.System);
        Services.AddChangeViewer();
    }

    [Fact]
    public async Task ADrop_IsDrawnInItsNewColumnWithTheCounts_BeforeTheSaveReturns_AndStaysOnceSaved()
    {
        var deal = _board.Add(New, "Moving deal", 100m);
        var page = RenderBoard();

        await DropAsync(page, deal, Won);

        Assert.Equal(New.Id, _board.Find(deal.Id).StageId);
        Assert.Empty(CardsIn(page, New));
        Assert.Equal("true", Assert.Single(CardsIn(page, Won)).GetAttribute("aria-busy"));
        Assert.Equal(["0", "1", "0"], Counts(page));

        _deals.Release(deal.Id);

        page.WaitForAssertion(() => Assert.Null(Assert.Single(CardsIn(page, Won)).GetAttribute("aria-busy")), Settles);
        Assert.Empty(CardsIn(page, New));
        Assert.Equal(["0", "1", "0"], Counts(page));
        Assert.Equal(Won.Id, _board.Find(deal.Id).StageId);
        Assert.Equal(0, _board.ColumnReads);
    }

    [Fact]
    public async Task ADropOnADealChangedMeanwhile_GoesBackToItsColumn_AndASnackbarSaysWhy()
    {
        var deal = _board.Add(New, "Stale deal", 100m);
        var page = RenderBoard();
        _board.Edit(deal.Id, d => d with { Value = 120m });

        await DropAsync(page, deal, Won);
        Assert.Single(CardsIn(page, Won));
        _deals.Release(deal.Id);

        page.WaitForAssertion(() => Assert.Single(CardsIn(page, New)), Settles);
        Assert.Empty(CardsIn(page, Won));
        Assert.Equal(["1", "0", "0"], Counts(page));
        var message = Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars).Message;
        Assert.Contains("“Stale deal” went back to New", message, StringComparison.Ordinal);
        Assert.Contains(DealMessages.Conflict, message, StringComparison.Ordinal);
        Assert.Equal(New.Id, _board.Find(deal.Id).StageId);
    }

    [Fact]
    public async Task ADropOnLost_ShowsThereWhileTheReasonIsAsked_AndCancellingPutsItBack()
    {
        var dialogs = Render<MudDialogProvider>();
        var deal = _board.Add(New, "Lost cause", 100m);
        var page = RenderBoard();

        await DropAsync(page, deal, Lost);

        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=lost-reason-cancel]"));
        Assert.Single(CardsIn(page, Lost));
        Assert.Equal(["0", "0", "1"], Counts(page));

        await dialogs.InvokeAsync(() => dialogs.Find("[data-testid=lost-reason-cancel]").Click());

        page.WaitForAssertion(() => Assert.Single(CardsIn(page, New)));
        Assert.Empty(CardsIn(page, Lost));
        Assert.Equal(["1", "0", "0"], Counts(page));
        Assert.False(_deals.Asked(deal.Id));
        Assert.Contains("a deal is marked lost only with a reason",
            Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars).Message, StringComparison.Ordinal);
    }

    // The board is read only once the page is interactive, as in a circuit.
    private IRenderedComponent<PipelinePage> RenderBoard()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var page = Render<PipelinePage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=board-column]").Count));
        return page;
    }

    private static Task DropAsync(IRenderedComponent<PipelinePage> page, DealCard deal, StageOption target)
    {
        var container = page.FindComponent<MudDropContainer<BoardCard>>();
        var item = container.Instance.Items.Single(c => c.Card.Id == deal.Id);
        return page.InvokeAsync(() =>
            container.Instance.ItemDropped.InvokeAsync(new MudItemDropInfo<BoardCard>(item, target.Id.ToString(), 0)));
    }

    private static IReadOnlyList<IElement> CardsIn(IRenderedComponent<PipelinePage> page, StageOption stage) =>
        page.FindAll($"[data-testid=board-zone][data-stage='{stage.Name}'] .board-card-slot");

    private static string[] Counts(IRenderedComponent<PipelinePage> page) =>
        [.. page.FindAll("[data-testid=column-count]").Select(c => c.TextContent.Trim())];

    private sealed class QuietFeed : IDealChangeFeed
    {
        public void Publish(DealChange change)
        {
        }

        public IDisposable Subscribe(Guid workspaceId, Func<DealChange, Task> onChange) => new Nothing();

        public IDisposable SubscribeAll(Func<DealChange, Task> onChange) => new Nothing();

        private sealed class Nothing : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}
