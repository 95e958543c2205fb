using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Intelligence.Stakeholders;
using DealDesk.Web.Components.Pages.Pipeline;

namespace DealDesk.Tests.Web.Pipeline;

/// <summary>The board page's reads: columns replaced from the database, "load more" kept across reloads, and answers
/// that arrive after a newer read never shown.</summary>
public sealed class BoardLoaderTests
{
    private static readonly StageOption New = new(Guid.NewGuid(), "New", StageKind.Open, 1, 10, 14);
    private static readonly StageOption Won = new(Guid.NewGuid(), "Won", StageKind.Won, 2, 100, null);

    private static DealCard Card(StageOption stage, string name, decimal value = 100m) =>
        new(Guid.NewGuid(), stage.Id, name, "Acme", value, "USD", "Jordan Kim", DealPriority.Medium, DateTime.UtcNow, [1]);

    [Fact]
    public async Task ReloadColumns_ReplacesTheColumnsTotalsAndCards_AndTakesAMovedCardOutOfItsOldColumn()
    {
        var moving = Card(New, "Moving");
        var queries = new ScriptedBoardQueries();
        var loader = new BoardLoader(queries);
        queries.Board = [new BoardColumn(New, 2, 200m, 20m, [moving, Card(New, "Staying")]), new BoardColumn(Won, 0, 0m, 0m, [])];
        await loader.LoadAsync(new BoardFilter());

        queries.Columns[Won.Id] = new BoardColumn(Won, 1, 100m, 100m, [moving with { StageId = Won.Id }]);
        var changed = await loader.ReloadColumnsAsync([Won.Id]);

        Assert.True(changed);
        Assert.Equal(["Staying"], Names(loader, New));
        Assert.Equal(["Moving"], Names(loader, Won));
        Assert.Equal((1, 100m), (loader.State.Column(Won.Id)!.DealCount, loader.State.Column(Won.Id)!.TotalValue));
    }

    [Fact]
    public async Task ReloadColumns_AsksForAsManyCardsAsLoadMoreShowed()
    {
        var queries = new ScriptedBoardQueries();
        var loader = new BoardLoader(queries);
        var first = Enumerable.Range(0, BoardFilter.DefaultPageSize).Select(i => Card(New, $"Deal {i}")).ToList();
        queries.Board = [new BoardColumn(New, 40, 4_000m, 400m, first)];
        await loader.LoadAsync(new BoardFilter());
        queries.Pages[New.Id] = [.. Enumerable.Range(0, 10).Select(i => Card(New, $"More {i}"))];

        await loader.LoadMoreAsync(New.Id);
        queries.Columns[New.Id] = new BoardColumn(New, 40, 4_000m, 400m, first);
        await loader.ReloadColumnsAsync([New.Id]);

        Assert.Equal(BoardFilter.DefaultPageSize + 10, queries.LastColumnTake);
        Assert.Equal(BoardFilter.DefaultPageSize, queries.LastCardsSkip);
        Assert.True(loader.State.HasMore(New.Id));
    }

    [Fact]
    public async Task ABoardReadOvertakenByANewerFilter_IsNotShown()
    {
        var queries = new ScriptedBoardQueries { Hold = true };
        var loader = new BoardLoader(queries);
        var slow = loader.LoadAsync(new BoardFilter { Text = "old" });
        queries.Hold = false;
        queries.Board = [new BoardColumn(New, 1, 5m, 0.5m, [Card(New, "New filter")])];
        await loader.LoadAsync(new BoardFilter { Text = "new" });

        queries.Release([new BoardColumn(New, 1, 5m, 0.5m, [Card(New, "Old filter")])]);

        Assert.False(await slow);
        Assert.Equal(["New filter"], Names(loader, New));
        Assert.Equal("new", loader.Filter.Text);
        Assert.False(loader.Loading);
    }

    [Fact]
    public async Task ReloadingAStageTheBoardDoesNotShow_ReadsTheWholeBoard()
    {
        var queries = new ScriptedBoardQueries { Board = [new BoardColumn(New, 0, 0m, 0m, [])] };
        var loader = new BoardLoader(queries);
        await loader.LoadAsync(new BoardFilter());
        queries.Board = [new BoardColumn(New, 0, 0m, 0m, []), new BoardColumn(Won, 1, 1m, 1m, [Card(Won, "Added stage")])];

        await loader.ReloadColumnsAsync([Won.Id]);

        Assert.Equal(["New", "Won"], loader.State.Columns.Select(c => c.Stage.Name));
        Assert.Equal(2, queries.BoardReads);
    }

    private static string[] Names(BoardLoader loader, StageOption stage) =>
        [.. loader.State.Cards.Where(c => c.ZoneId == stage.Id.ToString()).Select(c => c.Card.Name)];

    /// <summary>Answers what the test set up; with <see cref="Hold"/>, board reads wait until released.</summary>
    private sealed class ScriptedBoardQueries : IPipelineBoardQueries
    {
        private TaskCompletionSource<IReadOnlyList<BoardColumn>>? _held;

        public bool Hold { get; set; }

        public IReadOnlyList<BoardColumn> Board { get; set; } = [];

        public Dictionary<Guid, BoardColumn> Columns { get; } = [];

        public Dictionary<Guid, List<DealCard>> Pages { get; } = [];

        public int BoardReads { get; private set; }

        public int LastColumnTake { get; private set; }

        public int LastCardsSkip { get; private set; }

        public void Release(IReadOnlyList<BoardColumn> board) => _held!.SetResult(board);

        public Task<IReadOnlyList<BoardColumn>> GetBoardAsync(BoardFilter filter, int pageSize = BoardFilter.DefaultPageSize,
            CancellationToken cancellationToken = default)
        {
            BoardReads++;
            if (!Hold)
            {
                return Task.FromResult(Board);
            }

            _held = new TaskCompletionSource<IReadOnlyList<BoardColumn>>();
            return _held.Task;
        }

        public Task<IReadOnlyList<DealCard>> GetCardsAsync(BoardFilter filter, Guid stageId, int skip,
            int take = BoardFilter.DefaultPageSize, CancellationToken cancellationToken = default)
        {
            LastCardsSkip = skip;
            return Task.FromResult<IReadOnlyList<DealCard>>(Pages[stageId]);
        }

        public Task<BoardColumn?> GetColumnAsync(BoardFilter filter, Guid stageId, int take = BoardFilter.DefaultPageSize,
            CancellationToken cancellationToken = default)
        {
            LastColumnTake = take;
            return Task.FromResult(Columns.GetValueOrDefault(stageId));
        }

        public Task<DealCard?> GetCardAsync(BoardFilter filter, Guid dealId, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("These tests read columns.");
    }
}
