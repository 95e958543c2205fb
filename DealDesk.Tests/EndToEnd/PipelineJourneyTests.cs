using System.Globalization;
using DealDesk.Core.Deals;
using DealDesk.Core.Notifications;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Deals;
using DealDesk.Data.Notifications;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Pipeline;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

namespace DealDesk.Tests.EndToEnd;

/// <summary>A rep works the Kanban board in a real browser: drags deals between stages and to Lost, and the board
/// keeps showing what the database holds. Each test moves deals out of its own source column, so the tests do not
/// disturb each other on the shared app.</summary>
public sealed class PipelineJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Rep = "rep@dealdesk.demo";

    [Fact]
    public async Task Rep_DragsACardToAnotherStage_SeesTheCountsChange_AndTheMoveSurvivesAReload()
    {
        var card = await FirstCardAsync("Qualified");
        var page = await OpenBoardAsync();
        var qualifiedCount = await CountAsync(page, "Qualified");
        var proposalCount = await CountAsync(page, "Proposal");

        await DragAsync(page, card.Id, "Proposal");

        await Assertions.Expect(CardIn(page, "Proposal", card.Id)).ToBeVisibleAsync();
        await Assertions.Expect(CardIn(page, "Qualified", card.Id)).ToHaveCountAsync(0);
        await Assertions.Expect(Count(page, "Proposal")).ToHaveTextAsync(N0(proposalCount + 1));
        await Assertions.Expect(Count(page, "Qualified")).ToHaveTextAsync(N0(qualifiedCount - 1));
        await page.ScreenshotAsync("pipeline-board");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(CardIn(page, "Proposal", card.Id)).ToBeVisibleAsync();
        await Assertions.Expect(Count(page, "Proposal")).ToHaveTextAsync(N0(proposalCount + 1));
        Assert.Equal("Proposal", await StageNameOfAsync(card.Id));
    }

    [Fact]
    public async Task DroppingOnLost_AsksForAReason_CancelPutsTheCardBack_AndAReasonClosesTheDeal()
    {
        var card = await FirstCardAsync("Negotiation");
        var page = await OpenBoardAsync();
        var lostCount = await CountAsync(page, "Lost");
        var dialog = page.GetByRole(AriaRole.Dialog);
        var watch = await BoardDropWatch.StartAsync(page, card.Id);

        await DragAsync(page, card.Id, "Lost");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToContainTextAsync(card.Name);
        // The cursor waits in the reason, and nothing is called wrong before the user has typed or confirmed.
        await Assertions.Expect(dialog.Locator("textarea")).ToBeFocusedAsync();
        await Assertions.Expect(dialog.Locator(".mud-input-error")).ToHaveCountAsync(0);
        await dialog.GetByTestId("lost-reason-cancel").ClickAsync();

        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(CardIn(page, "Negotiation", card.Id)).ToBeVisibleAsync();
        await Assertions.Expect(CardIn(page, "Lost", card.Id)).ToHaveCountAsync(0);
        Assert.Equal("Negotiation", await StageNameOfAsync(card.Id));

        await DragAsync(page, card.Id, "Lost");
        await dialog.GetByTestId("lost-reason-confirm").ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("Say why the deal was lost.");
        await dialog.Locator("textarea").FillAsync("Chose a cheaper competitor");
        await page.ScreenshotAsync("pipeline-lost-reason");
        await dialog.GetByTestId("lost-reason-confirm").ClickAsync();

        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(CardIn(page, "Lost", card.Id)).ToBeVisibleAsync();
        await Assertions.Expect(CardIn(page, "Negotiation", card.Id)).ToHaveCountAsync(0);
        await Assertions.Expect(Count(page, "Lost")).ToHaveTextAsync(N0(lostCount + 1));
        Assert.Equal("Lost", await StageNameOfAsync(card.Id));
        // While the reason was asked the card waited in Lost; cancelling put it straight back.
        await Assertions.Expect(Saving(page)).ToHaveCountAsync(0);
        Assert.Equal(["Negotiation", "Lost (saving)", "Negotiation", "Lost (saving)", "Lost"], await watch.TrailAsync());
        Assert.False(await watch.WasMissingAsync());
    }

    [Fact]
    public async Task ADrop_ShowsTheCardInItsNewColumnBeforeItIsSaved_AndNeverInNoColumn()
    {
        var name = "Drop journey " + Guid.NewGuid().ToString("N")[..6];
        var dealId = await RepsOwnDealAsync(await browser.App.ScopeOfAsync(Rep), name, "Qualified");
        var page = await OpenBoardAsync("?q=" + Uri.EscapeDataString(name));
        var watch = await BoardDropWatch.StartAsync(page, dealId);

        await using (await HoldWritesAsync())
        {
            await DragAsync(page, dealId, "Proposal");

            await Assertions.Expect(CardIn(page, "Proposal", dealId)).ToBeVisibleAsync();
            await Assertions.Expect(Count(page, "Proposal")).ToHaveTextAsync("1");
            await Assertions.Expect(Count(page, "Qualified")).ToHaveTextAsync("0");
            Assert.Equal("Qualified", await StageNameOfAsync(dealId));
        }

        await Assertions.Expect(Saving(page)).ToHaveCountAsync(0);
        Assert.Equal("Proposal", await StageNameOfAsync(dealId));
        Assert.Equal(["Qualified", "Proposal (saving)", "Proposal"], await watch.TrailAsync());
        Assert.False(await watch.WasMissingAsync());
        Assert.False(await watch.WasTwiceAsync());
    }

    [Fact]
    public async Task TwoDropsMadeWhileTheFirstIsStillBeingSaved_BothLand()
    {
        var name = "Two drops " + Guid.NewGuid().ToString("N")[..6];
        var rep = await browser.App.ScopeOfAsync(Rep);
        var first = await RepsOwnDealAsync(rep, name + " first", "Contacted");
        var second = await RepsOwnDealAsync(rep, name + " second", "Contacted");
        var page = await OpenBoardAsync("?q=" + Uri.EscapeDataString(name));
        var watches = new[] { await BoardDropWatch.StartAsync(page, first), await BoardDropWatch.StartAsync(page, second) };

        await using (await HoldWritesAsync())
        {
            await DragAsync(page, first, "Meeting scheduled");
            await DragAsync(page, second, "Meeting scheduled");

            await Assertions.Expect(Saving(page)).ToHaveCountAsync(2);
            await Assertions.Expect(Count(page, "Meeting scheduled")).ToHaveTextAsync("2");
            await Assertions.Expect(Count(page, "Contacted")).ToHaveTextAsync("0");
        }

        await Assertions.Expect(Saving(page)).ToHaveCountAsync(0);
        await Assertions.Expect(CardIn(page, "Meeting scheduled", first)).ToBeVisibleAsync();
        await Assertions.Expect(CardIn(page, "Meeting scheduled", second)).ToBeVisibleAsync();
        Assert.Equal(["Meeting scheduled", "Meeting scheduled"], [await StageNameOfAsync(first), await StageNameOfAsync(second)]);
        foreach (var watch in watches)
        {
            Assert.Equal(["Contacted", "Meeting scheduled (saving)", "Meeting scheduled"], await watch.TrailAsync());
            Assert.False(await watch.WasMissingAsync());
        }
    }

    [Fact]
    public async Task ADropOnACardChangedSinceItWasLoaded_IsRefused_AndTheCardGoesBack()
    {
        var card = await FirstCardAsync("Meeting scheduled");
        var page = await OpenBoardAsync();
        var meetingCount = await CountAsync(page, "Meeting scheduled");
        // Edited behind the page's back, announced on a feed the page does not listen to: its card is now stale.
        var rep = await browser.App.ScopeOfAsync(Rep);
        var service = new DealService(new FixedScopeContextFactory(browser.App.Database, rep), new TestCurrentUser(rep),
            TimeProvider.System, new RecordingChangeFeed(), NullLogger<DealService>.Instance,
            new RecordingNotificationFeed(), TestCircleAccess.For(new FixedScopeContextFactory(browser.App.Database, rep), rep));
        var draft = await service.GetDraftAsync(card.Id);
        draft!.Value += 1m;
        Assert.True((await service.UpdateAsync(card.Id, draft)).Succeeded);
        var watch = await BoardDropWatch.StartAsync(page, card.Id);

        await DragAsync(page, card.Id, "Proposal");

        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync(DealMessages.Conflict);
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync($"“{card.Name}” went back to Meeting scheduled");
        await Assertions.Expect(CardIn(page, "Meeting scheduled", card.Id)).ToBeVisibleAsync();
        await Assertions.Expect(CardIn(page, "Proposal", card.Id)).ToHaveCountAsync(0);
        await Assertions.Expect(Count(page, "Meeting scheduled")).ToHaveTextAsync(N0(meetingCount));
        Assert.Equal("Meeting scheduled", await StageNameOfAsync(card.Id));
        // Shown in Proposal at once, then put back: never in no column.
        await Assertions.Expect(Saving(page)).ToHaveCountAsync(0);
        Assert.Equal(["Meeting scheduled", "Proposal (saving)", "Meeting scheduled"], await watch.TrailAsync());
        Assert.False(await watch.WasMissingAsync());
    }

    [Fact]
    public async Task AMoveDraggedInASecondPage_ShowsOnTheFirst_WithoutAReload()
    {
        var card = await FirstCardAsync("New");
        var watching = await OpenBoardAsync();
        var contactedCount = await CountAsync(watching, "Contacted");
        var dragging = await OpenBoardAsync();

        await DragAsync(dragging, card.Id, "Contacted");

        await Assertions.Expect(CardIn(dragging, "Contacted", card.Id)).ToBeVisibleAsync();
        await Assertions.Expect(CardIn(watching, "Contacted", card.Id)).ToBeVisibleAsync();
        await Assertions.Expect(CardIn(watching, "New", card.Id)).ToHaveCountAsync(0);
        await Assertions.Expect(Count(watching, "Contacted")).ToHaveTextAsync(N0(contactedCount + 1));
        Assert.Equal("Contacted", await StageNameOfAsync(card.Id));
    }

    [Fact]
    public async Task AMoveMadeThroughTheService_ShowsOnAnOpenBoard_WithoutAReload()
    {
        var card = await FirstCardAsync("Contacted");
        var page = await OpenBoardAsync();
        var qualifiedCount = await CountAsync(page, "Qualified");
        var admin = await browser.App.ScopeOfAsync("admin@dealdesk.demo");
        var qualified = (await BoardForAsync(Rep, new BoardFilter())).Single(c => c.Stage.Name == "Qualified").Stage.Id;
        var service = new DealService(new FixedScopeContextFactory(browser.App.Database, admin), new TestCurrentUser(admin),
            TimeProvider.System, browser.App.Services.GetRequiredService<IDealChangeFeed>(), NullLogger<DealService>.Instance,
            browser.App.Services.GetRequiredService<INotificationFeed>(),
            TestCircleAccess.For(new FixedScopeContextFactory(browser.App.Database, admin), admin));

        var moved = await service.MoveAsync(card.Id, qualified, lostReason: null, card.Version);

        Assert.True(moved.Succeeded, moved.Message);
        await Assertions.Expect(CardIn(page, "Qualified", card.Id)).ToBeVisibleAsync();
        await Assertions.Expect(CardIn(page, "Contacted", card.Id)).ToHaveCountAsync(0);
        await Assertions.Expect(Count(page, "Qualified")).ToHaveTextAsync(N0(qualifiedCount + 1));
    }

    [Fact]
    public async Task ADealMovedBySomeoneElse_RaisesItsOwnersBell_WithoutAReload()
    {
        var repScope = await browser.App.ScopeOfAsync(Rep);
        var name = "Bell journey " + Guid.NewGuid().ToString("N")[..6];
        var dealId = await RepsOwnDealAsync(repScope, name, "Proposal");
        var repPage = await OpenBoardAsync();
        var feed = browser.App.Services.GetRequiredService<INotificationFeed>();
        await new NotificationService(new FixedScopeContextFactory(browser.App.Database, repScope),
            new TestCurrentUser(repScope), TimeProvider.System, feed).MarkAllReadAsync();
        var badge = repPage.GetByTestId("notification-badge").Locator(".mud-badge");
        await Assertions.Expect(badge).ToBeHiddenAsync();

        var adminPage = await browser.NewPageAsync();
        await adminPage.SetViewportSizeAsync(1920, 1000);
        await adminPage.SignInAsync("admin@dealdesk.demo", DemoSettings.Password);
        await adminPage.GotoAsync("/pipeline?q=" + Uri.EscapeDataString(name));
        await adminPage.WaitForInteractiveAsync();
        await DragAsync(adminPage, dealId, "Negotiation");
        await Assertions.Expect(CardIn(adminPage, "Negotiation", dealId)).ToBeVisibleAsync();

        await Assertions.Expect(badge).ToHaveTextAsync("1");
        await repPage.GetByTestId("notification-bell").ClickAsync();
        await Assertions.Expect(repPage.GetByTestId("notification").First)
            .ToContainTextAsync($"moved “{name}” to Negotiation");
        await repPage.ScreenshotAsync("notification-deal-moved");
    }

    [Fact]
    public async Task Filters_AreReadFromTheAddress_AndWrittenBackToIt()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1920, 1000);
        await page.SignInAsync(Rep, DemoSettings.Password);
        var high = new BoardFilter { Priorities = [DealPriority.High] };

        await page.GotoAsync("/pipeline?priority=High");
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(page.GetByTestId("board-priority")).ToHaveValueAsync("High");
        await Assertions.Expect(page.GetByTestId("column-count"))
            .ToHaveTextAsync((await BoardForAsync(Rep, high)).Select(c => N0(c.DealCount)).ToArray());
        Assert.All(await page.GetByTestId("deal-card-priority").AllInnerTextsAsync(), p => Assert.Equal("High", p.Trim()));

        var text = (await BoardForAsync(Rep, high)).SelectMany(c => c.Cards).First().AccountName[..4];
        await page.GetByTestId("board-search").FillAsync(text);
        await page.WaitForAddressAsync(url => new Uri(url).Query.Contains("q=", StringComparison.Ordinal));
        var both = high with { Text = text };
        await Assertions.Expect(page.GetByTestId("column-count"))
            .ToHaveTextAsync((await BoardForAsync(Rep, both)).Select(c => N0(c.DealCount)).ToArray());
        Assert.Contains("priority=High", page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync("pipeline-filtered");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("board-search")).ToHaveValueAsync(text);
        await Assertions.Expect(page.GetByTestId("column-count"))
            .ToHaveTextAsync((await BoardForAsync(Rep, both)).Select(c => N0(c.DealCount)).ToArray());
    }

    [Fact]
    public async Task LoadMore_ShowsTheRestOfALongColumn()
    {
        var column = (await BoardForAsync(Rep, new BoardFilter())).First(c => c.HasMore);
        var page = await OpenBoardAsync();
        var cards = Column(page, column.Stage.Name).GetByTestId("deal-card");
        await Assertions.Expect(cards).ToHaveCountAsync(BoardFilter.DefaultPageSize);

        await Column(page, column.Stage.Name).GetByTestId("load-more").ClickAsync();

        await Assertions.Expect(cards).ToHaveCountAsync(Math.Min(column.DealCount, 2 * BoardFilter.DefaultPageSize));
        if (column.DealCount <= 2 * BoardFilter.DefaultPageSize)
        {
            await Assertions.Expect(Column(page, column.Stage.Name).GetByTestId("load-more")).ToHaveCountAsync(0);
        }
    }

    private async Task<IPage> OpenBoardAsync(string query = "")
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1920, 1000);
        await page.SignInAsync(Rep, DemoSettings.Password);
        await page.GotoAsync("/pipeline" + query);
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("board-column")).ToHaveCountAsync(8);
        return page;
    }

    /// <summary>Drags a card onto a column. The board is scrolled first so that source and target are both in view:
    /// Playwright's drag scrolls the target into view after pressing the mouse, and Chromium then starts the drag on
    /// whatever card has scrolled under the pointer.</summary>
    private static async Task DragAsync(IPage page, Guid dealId, string stage)
    {
        await Zone(page, stage).ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(CardOn(page, dealId)).ToBeInViewportAsync();
        await CardOn(page, dealId).DragToAsync(Zone(page, stage));
    }

    /// <summary>Holds the database's write lock until disposed: a save waits for it (SQLite's busy timeout) while
    /// reads go on, so a test sees what the page shows before its save has happened.</summary>
    private async Task<IAsyncDisposable> HoldWritesAsync()
    {
        await using var db = browser.App.Database.CreateContext(await browser.App.ScopeOfAsync(Rep));
        var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ToString());
        await connection.OpenAsync();
        // BEGIN IMMEDIATE: the write lock is taken now, not at the first write.
        var transaction = connection.BeginTransaction(deferred: false);
        return new WriteLock(connection, transaction);
    }

    /// <summary>A new deal of the rep's own, created by the rep in <paramref name="stageName"/>.</summary>
    private async Task<Guid> RepsOwnDealAsync(TenantScope rep, string name, string stageName)
    {
        var service = new DealService(new FixedScopeContextFactory(browser.App.Database, rep), new TestCurrentUser(rep),
            TimeProvider.System, browser.App.Services.GetRequiredService<IDealChangeFeed>(), NullLogger<DealService>.Instance,
            browser.App.Services.GetRequiredService<INotificationFeed>(),
            TestCircleAccess.For(new FixedScopeContextFactory(browser.App.Database, rep), rep));
        await using var db = browser.App.Database.CreateContext(rep);
        var created = await service.CreateAsync(new DealDraft
        {
            Name = name,
            AccountId = await db.Accounts.OrderBy(a => a.Name).Select(a => a.Id).FirstAsync(),
            CircleId = await db.Circles.Where(c => c.Name == "Growth Team").Select(c => c.Id).SingleAsync(),
            StageId = await db.PipelineStages.Where(s => s.Name == stageName).Select(s => s.Id).SingleAsync(),
            OwnerId = rep.UserId,
            Value = 18_000m,
            Currency = "USD",
        });
        Assert.True(created.Succeeded, created.Message);
        return created.Value;
    }

    private async Task<DealCard> FirstCardAsync(string stageName)
    {
        var board = await BoardForAsync(Rep, new BoardFilter());
        var card = board.Single(c => c.Stage.Name == stageName).Cards.FirstOrDefault();
        Assert.True(card is not null, $"the demo data gives the rep a deal in {stageName}");
        return card;
    }

    private async Task<IReadOnlyList<BoardColumn>> BoardForAsync(string email, BoardFilter filter)
    {
        var scope = await browser.App.ScopeOfAsync(email);
        return await new PipelineBoardQueries(new FixedScopeContextFactory(browser.App.Database, scope)).GetBoardAsync(filter);
    }

    private async Task<string> StageNameOfAsync(Guid dealId)
    {
        var scope = await browser.App.ScopeOfAsync(Rep);
        await using var db = browser.App.Database.CreateContext(scope);
        return await (from deal in db.Deals
                      join stage in db.PipelineStages on deal.StageId equals stage.Id
                      where deal.Id == dealId
                      select stage.Name).SingleAsync();
    }

    private static ILocator Column(IPage page, string stage) =>
        page.Locator($"[data-testid=board-column][data-stage='{stage}']");

    private static ILocator Zone(IPage page, string stage) => Column(page, stage).GetByTestId("board-zone");

    private static ILocator Count(IPage page, string stage) => Column(page, stage).GetByTestId("column-count");

    private static ILocator CardOn(IPage page, Guid dealId) =>
        page.Locator($"[data-testid=deal-card][data-deal-id='{dealId}']");

    private static ILocator CardIn(IPage page, string stage, Guid dealId) =>
        Column(page, stage).Locator($"[data-testid=deal-card][data-deal-id='{dealId}']");

    private static ILocator Saving(IPage page) => page.Locator(".board-card-slot[aria-busy=true]");

    private static async Task<int> CountAsync(IPage page, string stage) =>
        int.Parse(await Count(page, stage).InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.CurrentCulture);

    private static string N0(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private sealed class WriteLock(SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
