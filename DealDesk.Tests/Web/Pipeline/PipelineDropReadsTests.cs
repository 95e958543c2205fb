using System.Security.Claims;
using Bunit;
using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Identity;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Pipeline;
using DealDesk.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DealDesk.Tests.Web.Pipeline;

/// <summary>One drop on the board reads only its card: the drop shows itself (its columns' counts and totals follow the
/// card) and reads the saved card once for its new version, the page's own move coming back on the feed is not read
/// again, and the health recalculation that follows reads only the card.</summary>
public sealed class PipelineDropReadsTests : MudComponentTest
{
    private static readonly StageOption New = new(Guid.NewGuid(), "New", StageKind.Open, 1, 10, 14);
    private static readonly StageOption Won = new(Guid.NewGuid(), "Won", StageKind.Won, 2, 100, null);
    private static readonly StageOption Lost = new(Guid.NewGuid(), "Lost", StageKind.Lost, 3, 0, null);

    private readonly Guid _workspaceId = Guid.NewGuid();
    private readonly Guid _userId = Guid.NewGuid();
    private readonly CountingBoardQueries _board = new();
    private readonly HeldChangeFeed _feed = new();
    private readonly DealCard _card;

    public PipelineDropReadsTests()
    {
        _card = new DealCard(Guid.NewGuid(), New.Id, "Moving deal", "Acme", 100m, "USD", "Jordan Kim", DealPriority.Medium,
            DateTime.UtcNow, [1]) { HealthScore = 40 };
        _board.Deals.Add(_card);
        var user = new CurrentUser();
        user.Set(new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, _userId.ToString()),
                new Claim(DealDeskClaims.WorkspaceId, _workspaceId.ToString()),
            ], "Test")));
        Services.AddSingleton<IPipelineBoardQueries>(_board);
        Services.AddSingleton<IDealChangeFeed>(_feed);
        Services.AddSingleton(user);
        Services.AddSingleton<TimeProvider>(TimeProvider.System);
        Services.AddChangeViewer();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OneDrop_ReadsNoColumn_AndItsCardOnceForTheSaveAndOnceForTheNewScore(bool echoBeforeTheSaveReturns)
    {
        var page = RenderBoard(new MovingDealService(_board, _feed, _workspaceId, _userId)
        {
            AnnounceAtOnce = echoBeforeTheSaveReturns,
        });

        await DropAsync(page, Won);
        await _feed.DeliverAsync();
        // The recalculation after the move announces a new score for the card, as the health refresher does.
        _board.Rescore(_card.Id, 75);
        _feed.Publish(new DealChange(_workspaceId, _card.Id, DealChangeKind.Rescored, null, Won.Id, null));
        await _feed.DeliverAsync();

        Assert.Equal(1, _board.BoardReads);
        Assert.Empty(_board.ColumnReads);
        Assert.Equal(2, _board.CardReads);
        var shown = Assert.Single(page.FindComponent<MudDropContainer<BoardCard>>().Instance.Items!);
        Assert.Equal((Won.Id.ToString(), 75), (shown.ZoneId, shown.Card.HealthScore));
        Assert.Equal(["0", "1", "0"], page.FindAll("[data-testid=column-count]").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task AnotherUsersMove_IsStillRead()
    {
        var page = RenderBoard(new MovingDealService(_board, _feed, _workspaceId, _userId));

        _board.Move(_card.Id, Won.Id);
        _feed.Publish(new DealChange(_workspaceId, _card.Id, DealChangeKind.Moved, New.Id, Won.Id, Guid.NewGuid()));
        await _feed.DeliverAsync();

        Assert.Equal(new Dictionary<Guid, int> { [New.Id] = 1, [Won.Id] = 1 }, _board.ColumnReads);
        page.WaitForAssertion(() => Assert.Equal(Won.Id.ToString(),
            Assert.Single(page.FindComponent<MudDropContainer<BoardCard>>().Instance.Items!).ZoneId));
    }

    // The board is read only once the page is interactive, as in a circuit.
    private IRenderedComponent<PipelinePage> RenderBoard(IDealService deals)
    {
        Services.AddSingleton(deals);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var page = Render<PipelinePage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=board-column]").Count));
        return page;
    }

    // The drop is saved on the thread pool (which a busy machine may start late): done when its card is not busy.
    private static async Task DropAsync(IRenderedComponent<PipelinePage> page, StageOption target)
    {
        var container = page.FindComponent<MudDropContainer<BoardCard>>();
        var item = Assert.Single(container.Instance.Items!);
        await page.InvokeAsync(() =>
            container.Instance.ItemDropped.InvokeAsync(new MudItemDropInfo<BoardCard>(item, target.Id.ToString(), 0)));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".board-card-slot[aria-busy=true]")), TimeSpan.FromSeconds(30));
    }

    /// <summary>The board over a list of deals, counting every read.</summary>
    private sealed class CountingBoardQueries : IPipelineBoardQueries
    {
        public List<DealCard> Deals { get; } = [];

        public int BoardReads { get; private set; }

        public Dictionary<Guid, int> ColumnReads { get; } = [];

        public int CardReads { get; private set; }

        public void Move(Guid dealId, Guid stageId) => Update(dealId, c => c with { StageId = stageId, Version = [2] });

        public void Rescore(Guid dealId, int score) => Update(dealId, c => c with { HealthScore = score, Version = [3] });

        public Task<IReadOnlyList<BoardColumn>> GetBoardAsync(BoardFilter filter, int pageSize = BoardFilter.DefaultPageSize,
            CancellationToken cancellationToken = default)
        {
            BoardReads++;
            return Task.FromResult<IReadOnlyList<BoardColumn>>([.. new[] { New, Won, Lost }.Select(Column)]);
        }

        public Task<IReadOnlyList<DealCard>> GetCardsAsync(BoardFilter filter, Guid stageId, int skip,
            int take = BoardFilter.DefaultPageSize, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<DealCard>>([]);

        public Task<BoardColumn?> GetColumnAsync(BoardFilter filter, Guid stageId, int take = BoardFilter.DefaultPageSize,
            CancellationToken cancellationToken = default)
        {
            ColumnReads[stageId] = ColumnReads.GetValueOrDefault(stageId) + 1;
            return Task.FromResult<BoardColumn?>(Column(new[] { New, Won, Lost }.Single(s => s.Id == stageId)));
        }

        public Task<DealCard?> GetCardAsync(BoardFilter filter, Guid dealId, CancellationToken cancellationToken = default)
        {
            CardReads++;
            return Task.FromResult(Deals.Find(d => d.Id == dealId));
        }

        private BoardColumn Column(StageOption stage)
        {
            var cards = Deals.Where(d => d.StageId == stage.Id).ToList();
            return new BoardColumn(stage, cards.Count, cards.Sum(c => c.Value), 0m, cards);
        }

        private void Update(Guid dealId, Func<DealCard, DealCard> change)
        {
            var index = Deals.FindIndex(d => d.Id == dealId);
            Deals[index] = change(Deals[index]);
        }
    }

    /// <summary>Saves a move on the counting board and announces it as the deal service does, either straight away
    /// (before the save returns) or when the test delivers it.</summary>
    private sealed class MovingDealService(CountingBoardQueries board, HeldChangeFeed feed, Guid workspaceId, Guid userId)
        : IDealService
    {
        public bool AnnounceAtOnce { get; init; }

        public Task<DealFormOptions> GetFormOptionsAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult(new DealFormOptions([New, Won, Lost], [], [], "USD"));

        public async Task<Result> MoveAsync(Guid dealId, Guid stageId, string? lostReason, byte[]? expectedVersion,
            CancellationToken cancellationToken = default)
        {
            var from = board.Deals.Single(d => d.Id == dealId).StageId;
            board.Move(dealId, stageId);
            feed.Publish(new DealChange(workspaceId, dealId, DealChangeKind.Moved, from, stageId, userId));
            if (AnnounceAtOnce)
            {
                await feed.DeliverAsync();
            }

            return Result.Ok();
        }

        public Task<DealDraft?> GetDraftAsync(Guid dealId, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<Result<Guid>> CreateAsync(DealDraft draft, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<Result> UpdateAsync(Guid dealId, DealDraft draft, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }

    /// <summary>A change feed that holds what was published until the test delivers it to the page.</summary>
    private sealed class HeldChangeFeed : IDealChangeFeed
    {
        private readonly List<DealChange> _held = [];
        private readonly List<Func<DealChange, Task>> _pages = [];

        public void Publish(DealChange change) => _held.Add(change);

        public async Task DeliverAsync()
        {
            var changes = _held.ToList();
            _held.Clear();
            foreach (var change in changes)
            {
                foreach (var page in _pages.ToList())
                {
                    await page(change);
                }
            }
        }

        public IDisposable Subscribe(Guid workspaceId, Func<DealChange, Task> onChange)
        {
            _pages.Add(onChange);
            return new Unsubscriber(() => _pages.Remove(onChange));
        }

        public IDisposable SubscribeAll(Func<DealChange, Task> onChange) => throw new NotSupportedException();

        private sealed class Unsubscriber(Action dispose) : IDisposable
        {
            public void Dispose() => dispose();
        }
    }
}
