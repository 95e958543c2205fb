using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Pipeline;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DealDesk.Tests.Data.Pipeline;

/// <summary>The Kanban board's SQL against the same figures computed in memory from the raw rows of the user's
/// circles: totals per column, every filter, paging, and the walls between circles and workspaces.</summary>
public sealed class PipelineBoardQueriesTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private const string Rep = "rep@dealdesk.demo";

    [Theory]
    [InlineData(Rep)]
    [InlineData("admin@dealdesk.demo")]
    [InlineData("admin@globex.demo")]
    public async Task GetBoard_EveryColumnMatchesAnInMemoryCountOfTheUsersDeals(string email)
    {
        var visible = await VisibleAsync(email);

        var board = await (await QueriesForAsync(email)).GetBoardAsync(new BoardFilter(), pageSize: 5);

        Assert.Equal(visible.Stages.Select(s => s.Name), board.Select(c => c.Stage.Name));
        Assert.Contains(board, c => c.Stage.Kind == StageKind.Won);
        Assert.Contains(board, c => c.Stage.Kind == StageKind.Lost);
        AssertColumnsMatch(visible, visible.Deals, board, pageSize: 5);
        Assert.Contains(board, c => c.HasMore);
        Assert.Equal(visible.Deals.Count, board.Sum(c => c.DealCount));
    }

    [Fact]
    public async Task GetBoard_ShowsNoDealOfTheOtherWorkspace_EitherWay()
    {
        var acme = await VisibleAsync("admin@dealdesk.demo");
        var globex = await VisibleAsync("admin@globex.demo");

        var acmeBoard = await (await QueriesForAsync("admin@dealdesk.demo")).GetBoardAsync(new BoardFilter(), 100);
        var globexBoard = await (await QueriesForAsync("admin@globex.demo")).GetBoardAsync(new BoardFilter(), 100);

        var acmeIds = acme.Deals.Select(d => d.Id).ToHashSet();
        var globexIds = globex.Deals.Select(d => d.Id).ToHashSet();
        Assert.All(acmeBoard.SelectMany(c => c.Cards), card => Assert.DoesNotContain(card.Id, globexIds));
        Assert.All(globexBoard.SelectMany(c => c.Cards), card => Assert.DoesNotContain(card.Id, acmeIds));
        Assert.Empty(acmeBoard.Select(c => c.Stage.Id).Intersect(globexBoard.Select(c => c.Stage.Id)));
        Assert.Equal(globex.Deals.Count, globexBoard.Sum(c => c.DealCount));
        Assert.True(globex.Deals.Count > 0 && acme.Deals.Count > 0);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("owner")]
    [InlineData("circle")]
    [InlineData("priority")]
    [InlineData("all")]
    public async Task GetBoard_WithAFilter_TotalsAndCardsMatchTheFilteredInMemorySet(string kind)
    {
        var visible = await VisibleAsync("admin@dealdesk.demo");
        var owned = visible.Deals.Where(d => d.OwnerId is not null).OrderBy(d => d.Id).ToList();
        var sample = owned[owned.Count / 2];
        var text = visible.AccountNames[sample.AccountId][..3].ToLowerInvariant();
        var filter = kind switch
        {
            "text" => new BoardFilter { Text = text },
            "owner" => new BoardFilter { OwnerIds = [sample.OwnerId!.Value] },
            "circle" => new BoardFilter { CircleIds = [sample.CircleId] },
            "priority" => new BoardFilter { Priorities = [sample.Priority, DealPriority.Low] },
            _ => new BoardFilter
            {
                Text = text, OwnerIds = [sample.OwnerId!.Value], CircleIds = [sample.CircleId],
                Priorities = [sample.Priority],
            },
        };
        var expected = visible.Deals.Where(d =>
                (filter.Text is null
                    || d.Name.Contains(filter.Text, StringComparison.OrdinalIgnoreCase)
                    || visible.AccountNames[d.AccountId].Contains(filter.Text, StringComparison.OrdinalIgnoreCase))
                && (filter.OwnerIds.Count == 0 || (d.OwnerId is { } owner && filter.OwnerIds.Contains(owner)))
                && (filter.CircleIds.Count == 0 || filter.CircleIds.Contains(d.CircleId))
                && (filter.Priorities.Count == 0 || filter.Priorities.Contains(d.Priority)))
            .ToList();

        var board = await (await QueriesForAsync("admin@dealdesk.demo")).GetBoardAsync(filter, pageSize: 4);

        AssertColumnsMatch(visible, expected, board, pageSize: 4);
        Assert.Contains(sample.Id, expected.Select(d => d.Id));
        Assert.True(expected.Count < visible.Deals.Count, "the filter leaves some deals out");
    }

    [Fact]
    public async Task GetCards_PagesThroughEachColumnOnceInValueOrder()
    {
        var visible = await VisibleAsync(Rep);
        var queries = await QueriesForAsync(Rep);
        var filter = new BoardFilter();
        var board = await queries.GetBoardAsync(filter, pageSize: 3);

        foreach (var column in board)
        {
            var seen = column.Cards.ToList();
            IReadOnlyList<DealCard> page;
            do
            {
                page = await queries.GetCardsAsync(filter, column.Stage.Id, skip: seen.Count, take: 3);
                seen.AddRange(page);
            }
            while (page.Count > 0);

            var expected = visible.Deals.Where(d => d.StageId == column.Stage.Id)
                .OrderByDescending(d => d.Value).ThenByDescending(d => d.Id).Select(d => d.Id);
            Assert.Equal(expected, seen.Select(c => c.Id));
            Assert.Equal(column.DealCount, seen.Count);
            Assert.All(seen, c => Assert.Equal(column.Stage.Id, c.StageId));
        }

        Assert.Contains(board, c => c.DealCount > 3);
    }

    [Fact]
    public async Task Rep_SeesNoCardOfACircleTheyAreNotIn_EvenWhenFilteringOnIt()
    {
        var scope = await seeded.ScopeOfAsync(Rep);
        await using var raw = seeded.Sqlite.For(TenantScope.System(scope.WorkspaceId));
        var partners = await raw.Circles.Where(c => c.Name == "Partner Team").Select(c => c.Id).SingleAsync();
        var partnerDeals = await raw.Deals.Where(d => d.CircleId == partners).Select(d => d.Id).ToListAsync();
        var queries = await QueriesForAsync(Rep);

        var board = await queries.GetBoardAsync(new BoardFilter(), 100);
        var filtered = await queries.GetBoardAsync(new BoardFilter { CircleIds = [partners] });

        Assert.NotEmpty(partnerDeals);
        Assert.Empty(board.SelectMany(c => c.Cards).Select(c => c.Id).Intersect(partnerDeals));
        Assert.All(filtered, c => Assert.Equal((0, 0m, 0), (c.DealCount, c.TotalValue, c.Cards.Count)));
        foreach (var stage in board)
        {
            var cards = await queries.GetCardsAsync(new BoardFilter(), stage.Stage.Id, skip: 0, take: 100);
            Assert.Empty(cards.Select(c => c.Id).Intersect(partnerDeals));
        }
    }

    [Fact]
    public async Task GetColumn_GivesTheSameColumnAsTheBoard_AndNullForAStageOutOfReach()
    {
        var queries = await QueriesForAsync(Rep);
        var filter = new BoardFilter { Priorities = [DealPriority.High, DealPriority.Medium] };
        var board = await queries.GetBoardAsync(filter, pageSize: 6);
        var globexStage = (await (await QueriesForAsync("admin@globex.demo")).GetBoardAsync(new BoardFilter()))[0].Stage.Id;

        foreach (var expected in board)
        {
            var column = await queries.GetColumnAsync(filter, expected.Stage.Id, take: 6);
            Assert.NotNull(column);
            Assert.Equal((expected.Stage, expected.DealCount, expected.TotalValue, expected.WeightedValue),
                (column.Stage, column.DealCount, column.TotalValue, column.WeightedValue));
            Assert.Equal(expected.Cards.Select(c => c.Id), column.Cards.Select(c => c.Id));
        }

        Assert.Null(await queries.GetColumnAsync(filter, globexStage));
        Assert.Null(await queries.GetColumnAsync(filter, Guid.NewGuid()));
    }

    [Fact]
    public async Task GetCard_GivesTheCardAsItsColumnShowsIt_AndNullOutsideTheFilterOrTheUsersCircles()
    {
        var scope = await seeded.ScopeOfAsync(Rep);
        await using var raw = seeded.Sqlite.For(TenantScope.System(scope.WorkspaceId));
        var partners = await raw.Circles.Where(c => c.Name == "Partner Team").Select(c => c.Id).SingleAsync();
        var hidden = await raw.Deals.Where(d => d.CircleId == partners).Select(d => d.Id).FirstAsync();
        var queries = await QueriesForAsync(Rep);
        var shown = (await queries.GetBoardAsync(new BoardFilter())).First(c => c.Cards.Count > 0).Cards[0];

        var card = await queries.GetCardAsync(new BoardFilter(), shown.Id);
        var other = shown.Priority == DealPriority.Low ? DealPriority.High : DealPriority.Low;

        Assert.Equivalent(shown, card, strict: true);
        Assert.Null(await queries.GetCardAsync(new BoardFilter { Priorities = [other] }, shown.Id));
        Assert.Null(await queries.GetCardAsync(new BoardFilter(), hidden));
    }

    [Fact]
    public async Task GetBoard_ReadsStagesAndTotalsOnce_ThenOnePageQueryPerColumnWithDeals()
    {
        var queries = await QueriesForAsync(Rep);
        using var log = new SqlCommandLog(seeded.Sqlite.Database.ConnectionString);

        var board = await queries.GetBoardAsync(new BoardFilter { Priorities = [DealPriority.High] });

        Assert.Equal(2 + board.Count(c => c.DealCount > 0), log.Commands.Count);
        Assert.Contains("pipeline_stages", log.Commands[0], StringComparison.Ordinal);
        Assert.Contains("GROUP BY", log.Commands[1], StringComparison.Ordinal);
        Assert.All(log.Commands.Skip(2), sql => Assert.Contains("LIMIT", sql, StringComparison.Ordinal));
        Assert.Contains(board, c => c.DealCount == 0);
        Assert.Equal(8, board.Count);
    }

    [Fact]
    public async Task WeightedValue_OnSqliteHundredths_IsExactToTheCent()
    {
        await using var sqlite = await SqliteTestDatabase.CreateAsync();
        await new DemoDataSeeder(sqlite.Database, Options.Create(SeededDatabase.SmallDemo), TimeProvider.System,
            NullLogger<DemoDataSeeder>.Instance).SeedIfEmptyAsync();
        var lab = await HandMadeCircle.CreateAsync(sqlite, "Weights lab");
        await lab.AddDealAsync("Odd cents", 1_234.57m, "Qualified", createdDaysAgo: 3);
        await lab.AddDealAsync("Round", 10_000m, "Qualified", createdDaysAgo: 2);
        await lab.AddDealAsync("Big", 987_654_321.99m, "Qualified", createdDaysAgo: 1);
        await lab.AddDealAsync("Small", 0.01m, "Proposal", createdDaysAgo: 1);
        var qualified = await lab.ProbabilityOfAsync("Qualified");
        var proposal = await lab.ProbabilityOfAsync("Proposal");

        var board = await new PipelineBoardQueries(lab.Contexts).GetBoardAsync(new BoardFilter());

        var qualifiedColumn = board.Single(c => c.Stage.Name == "Qualified");
        var proposalColumn = board.Single(c => c.Stage.Name == "Proposal");
        Assert.Equal((3, 987_665_556.56m), (qualifiedColumn.DealCount, qualifiedColumn.TotalValue));
        Assert.Equal(Math.Round(987_665_556.56m * qualified / 100m, 2, MidpointRounding.AwayFromZero),
            qualifiedColumn.WeightedValue);
        Assert.Equal(Math.Round(0.01m * proposal / 100m, 2, MidpointRounding.AwayFromZero), proposalColumn.WeightedValue);
        Assert.Equal(["Big", "Round", "Odd cents"], qualifiedColumn.Cards.Select(c => c.Name));
        Assert.Equal(["Weights lab member"], qualifiedColumn.Cards.Select(c => c.OwnerName).Distinct());
        Assert.Equal(0m, board.Single(c => c.Stage.Name == "Won").TotalValue);
    }

    private static void AssertColumnsMatch(VisibleDeals visible, IReadOnlyList<Deal> deals,
        IReadOnlyList<BoardColumn> board, int pageSize)
    {
        Assert.Equal(visible.Stages.Select(s => s.Id), board.Select(c => c.Stage.Id));
        foreach (var column in board)
        {
            var inStage = deals.Where(d => d.StageId == column.Stage.Id).ToList();
            Assert.Equal(inStage.Count, column.DealCount);
            Assert.Equal(inStage.Sum(d => d.Value), column.TotalValue);
            Assert.Equal(Math.Round(inStage.Sum(d => d.Value * d.Probability) / 100m, 2, MidpointRounding.AwayFromZero),
                column.WeightedValue);
            var firstPage = inStage.OrderByDescending(d => d.Value).ThenByDescending(d => d.Id).Take(pageSize).ToList();
            Assert.Equal(firstPage.Select(d => d.Id), column.Cards.Select(c => c.Id));
            Assert.Equal(inStage.Count > pageSize, column.HasMore);
            foreach (var (card, deal) in column.Cards.Zip(firstPage))
            {
                Assert.Equal((deal.Name, visible.AccountNames[deal.AccountId], deal.Value, deal.Priority),
                    (card.Name, card.AccountName, card.Value, card.Priority));
                Assert.Equal(deal.OwnerId is { } owner ? visible.UserNames[owner] : null, card.OwnerName);
                Assert.Equal(deal.StageEnteredAt, card.StageEnteredAt);
                Assert.Equal(deal.Version, card.Version);
            }
        }

        Assert.Contains(board, c => c.DealCount > 0);
    }

    private async Task<PipelineBoardQueries> QueriesForAsync(string email) =>
        new(new FixedScopeContextFactory(seeded.Sqlite.Database, await seeded.ScopeOfAsync(email)));

    /// <summary>The raw rows of the user's workspace, cut down in memory to the circles they can see.</summary>
    private async Task<VisibleDeals> VisibleAsync(string email)
    {
        var scope = await seeded.ScopeOfAsync(email);
        await using var raw = seeded.Sqlite.For(TenantScope.System(scope.WorkspaceId));
        var circles = scope.SeesAllCircles
            ? await raw.Circles.Select(c => c.Id).ToListAsync()
            : await raw.CircleMemberships.Where(m => m.UserId == scope.UserId).Select(m => m.CircleId).ToListAsync();
        var deals = (await raw.Deals.ToListAsync()).Where(d => circles.Contains(d.CircleId)).ToList();
        var stages = await raw.PipelineStages.OrderBy(s => s.Order).ToListAsync();
        var accounts = await raw.Accounts.ToDictionaryAsync(a => a.Id, a => a.Name);
        var users = await raw.Users.ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        return new VisibleDeals(deals, stages, accounts, users);
    }

    private sealed record VisibleDeals(
        IReadOnlyList<Deal> Deals,
        IReadOnlyList<PipelineStage> Stages,
        IReadOnlyDictionary<Guid, string> AccountNames,
        IReadOnlyDictionary<Guid, string> UserNames);
}
