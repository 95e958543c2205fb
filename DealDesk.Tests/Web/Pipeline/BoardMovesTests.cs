using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Web.Components.Pages.Pipeline;
using DealDesk.Web.Identity;

namespace DealDesk.Tests.Web.Pipeline;

/// <summary>Drops saved in the background: a saved drop keeps its card and reads it again, a refused one goes back
/// with the service's reason, drops saved at the same time all land, and column reads never take a drop back while it
/// is being saved.</summary>
public sealed class BoardMovesTests
{
    private static readonly StageOption Qualified = new(Guid.NewGuid(), "Qualified", StageKind.Open, 1, 20, 14);
    private static readonly StageOption Proposal = new(Guid.NewGuid(), "Proposal", StageKind.Open, 2, 50, 14);

    private readonly ListBoard _board = new(Qualified, Proposal);
    private readonly HeldDealService _deals;
    private readonly BoardLoader _loader;
    private readonly BoardMoves _moves;

    public BoardMovesTests()
    {
        _deals = new HeldDealService(_board);
        _loader = new BoardLoader(_board);
        _moves = new BoardMoves(_loader, _deals, new CurrentUser());
    }

    [Fact]
    public async Task ASavedDrop_KeepsItsCard_ReadAgainForItsNewVersion_WithoutReadingAColumn()
    {
        var deal = _board.Add(Qualified, "Deal", 100m);
        await _loader.LoadAsync(new BoardFilter());

        var move = Begin(deal);
        var saving = _moves.SaveAsync(move, lostReason: null);
        Assert.Equal(Proposal.Id.ToString(), _loader.State.Card(deal.Id)!.ZoneId);
        _deals.Release(deal.Id);

        Assert.True((await saving).Succeeded);
        Assert.False(await _moves.ReadAfterAsync(move));
        Assert.Equal(_board.Find(deal.Id).Version, _loader.State.Card(deal.Id)!.Card.Version);
        Assert.False(_loader.State.IsMoving(deal.Id));
        Assert.Equal(0, _board.ColumnReads);
        Assert.Equal(1, _loader.State.Column(Proposal.Id)!.DealCount);
    }

    [Fact]
    public async Task ADropOnADealChangedByAnotherWriter_GoesBack_WithTheConflict_AndBothColumnsAreReadAgain()
    {
        var deal = _board.Add(Qualified, "Deal", 100m);
        await _loader.LoadAsync(new BoardFilter());
        _board.Edit(deal.Id, d => d with { Value = 150m });

        var move = Begin(deal);
        var saving = _moves.SaveAsync(move, lostReason: null);
        _deals.Release(deal.Id);
        var result = await saving;

        Assert.Equal((ResultStatus.Conflict, DealMessages.Conflict), (result.Status, result.Message));
        Assert.Equal(Qualified.Id.ToString(), _loader.State.Card(deal.Id)!.ZoneId);
        Assert.Equal(0, _loader.State.Column(Proposal.Id)!.DealCount);
        Assert.True(await _moves.ReadAfterAsync(move));
        Assert.Equal(2, _board.ColumnReads);
        Assert.Equal(150m, _loader.State.Card(deal.Id)!.Card.Value);
        Assert.Equal(150m, _loader.State.Column(Qualified.Id)!.TotalValue);
    }

    [Fact]
    public async Task TwoDropsSavedAtTheSameTime_BothLand_WhicheverSaveReturnsFirst()
    {
        var first = _board.Add(Qualified, "First", 200m);
        var second = _board.Add(Qualified, "Second", 100m);
        await _loader.LoadAsync(new BoardFilter());

        var firstMove = Begin(first);
        var secondMove = Begin(second);
        var savingFirst = _moves.SaveAsync(firstMove, lostReason: null);
        var savingSecond = _moves.SaveAsync(secondMove, lostReason: null);
        _deals.Release(second.Id);
        Assert.True((await savingSecond).Succeeded);
        await _moves.ReadAfterAsync(secondMove);
        _deals.Release(first.Id);
        Assert.True((await savingFirst).Succeeded);
        await _moves.ReadAfterAsync(firstMove);

        Assert.Equal([Proposal.Id, Proposal.Id], [_board.Find(first.Id).StageId, _board.Find(second.Id).StageId]);
        Assert.Equal(["First", "Second"], Names(Proposal));
        Assert.Empty(Names(Qualified));
        Assert.Equal((0, 2), (_loader.State.Column(Qualified.Id)!.DealCount, _loader.State.Column(Proposal.Id)!.DealCount));
    }

    [Fact]
    public async Task AChangeAnnouncedWhileADropIsSaved_IsReadOnceTheDropHasSettled()
    {
        var deal = _board.Add(Qualified, "Deal", 100m);
        await _loader.LoadAsync(new BoardFilter());
        var move = Begin(deal);
        var saving = _moves.SaveAsync(move, lostReason: null);

        var other = _board.Add(Proposal, "Someone else's", 300m);
        Assert.False(await _loader.FollowAsync(Change(other.Id, DealChangeKind.Created, Proposal)));
        Assert.Equal(0, _board.ColumnReads);
        Assert.Equal(["Deal"], Names(Proposal));

        _deals.Release(deal.Id);
        await saving;
        Assert.True(await _moves.ReadAfterAsync(move));

        Assert.Equal(["Someone else's", "Deal"], Names(Proposal));
        Assert.Equal(2, _loader.State.Column(Proposal.Id)!.DealCount);
    }

    [Fact]
    public async Task AColumnReadBegunBeforeADrop_AndAnsweredWhileItIsSaved_DoesNotTakeTheDropBack()
    {
        var deal = _board.Add(Qualified, "Deal", 100m);
        await _loader.LoadAsync(new BoardFilter());
        _board.HoldColumnReads = true;
        var reading = _loader.ReloadColumnsAsync([Qualified.Id]);

        var move = Begin(deal);
        _board.ReleaseColumnReads();

        Assert.False(await reading);
        Assert.Empty(Names(Qualified));
        Assert.Equal(["Deal"], Names(Proposal));
        var saving = _moves.SaveAsync(move, lostReason: null);
        _deals.Release(deal.Id);
        await saving;
        Assert.True(await _moves.ReadAfterAsync(move));
        Assert.Equal((0, 1), (_loader.State.Column(Qualified.Id)!.DealCount, _loader.State.Column(Proposal.Id)!.DealCount));
    }

    private PendingMove Begin(DealCard deal) =>
        _moves.Begin(_loader.State.Card(deal.Id)!, Proposal.Id, DateTime.UtcNow) ?? throw new InvalidOperationException("Not moved.");

    private static DealChange Change(Guid dealId, DealChangeKind kind, StageOption stage) =>
        new(Guid.Empty, dealId, kind, null, stage.Id, Guid.NewGuid());

    private string[] Names(StageOption stage) =>
        [.. _loader.State.Cards.Where(c => c.ZoneId == stage.Id.ToString()).Select(c => c.Card.Name)];
}
