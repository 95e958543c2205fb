using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Web.Components.Pages.Pipeline;

namespace DealDesk.Tests.Web.Pipeline;

/// <summary>What the board shows around a drop: the card in its new column and the totals following at once, kept
/// when saved, put back with the totals when refused, several drops at once, and no column read replacing a drop that
/// is still being saved.</summary>
public sealed class BoardStateTests
{
    private static readonly DateTime Now = new(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc);
    private static readonly StageOption Qualified = new(Guid.NewGuid(), "Qualified", StageKind.Open, 1, 20, 14);
    private static readonly StageOption Proposal = new(Guid.NewGuid(), "Proposal", StageKind.Open, 2, 50, 14);
    private static readonly StageOption Won = new(Guid.NewGuid(), "Won", StageKind.Won, 3, 100, null);

    private readonly DealCard _big = Card(Qualified, "Big", 900m, 20);
    private readonly DealCard _small = Card(Qualified, "Small", 100m, 30);
    private readonly DealCard _middle = Card(Proposal, "Middle", 500m, 50);
    private readonly DealCard _least = Card(Proposal, "Least", 50m, 50);
    private readonly BoardState _state = new();

    public BoardStateTests() => _state.Load(
    [
        Column(Qualified, _big, _small),
        Column(Proposal, _middle, _least),
        Column(Won),
    ]);

    [Fact]
    public void BeginMove_DrawsTheCardInItsNewColumnInValueOrder_AndTheCountsAndTotalsFollow()
    {
        var revision = _state.Revision;

        var move = _state.BeginMove(_big.Id, Proposal.Id, Now);

        Assert.NotNull(move);
        Assert.True(move.Shown);
        Assert.Equal(["Small"], Names(Qualified));
        Assert.Equal(["Big", "Middle", "Least"], Names(Proposal));
        Assert.Equal((1, 100m, 30m), Totals(Qualified));
        Assert.Equal((3, 1_450m, 725m), Totals(Proposal));
        Assert.True(_state.IsMoving(_big.Id));
        Assert.True(_state.IsMovingIn(Qualified.Id));
        Assert.True(_state.IsMovingIn(Proposal.Id));
        Assert.False(_state.IsMovingIn(Won.Id));
        Assert.NotEqual(revision, _state.Revision);
        var shown = _state.Card(_big.Id)!.Card;
        Assert.Equal((Proposal.Id, Now, 50), (shown.StageId, shown.StageEnteredAt, shown.Probability));
    }

    [Fact]
    public void CompleteMove_KeepsTheCardAndTotals_AndFreesItsColumnsForReads()
    {
        var move = _state.BeginMove(_small.Id, Proposal.Id, Now)!;

        _state.CompleteMove(move);

        Assert.False(_state.IsMoving(_small.Id));
        Assert.False(_state.IsMovingIn(Qualified.Id));
        Assert.Equal(["Middle", "Small", "Least"], Names(Proposal));
        Assert.Equal((3, 650m, 325m), Totals(Proposal));
        Assert.True(_state.Replace(Column(Proposal, _middle, _small with { StageId = Proposal.Id }, _least)));
    }

    [Fact]
    public void RollBack_PutsTheCardBackAsItWas_WithBothColumnsTotals()
    {
        var before = (Totals(Qualified), Totals(Proposal));
        var move = _state.BeginMove(_big.Id, Proposal.Id, Now)!;

        _state.RollBack(move);

        Assert.Equal(["Big", "Small"], Names(Qualified));
        Assert.Equal(["Middle", "Least"], Names(Proposal));
        Assert.Equal(before, (Totals(Qualified), Totals(Proposal)));
        Assert.Same(_big, _state.Card(_big.Id)!.Card);
        Assert.False(_state.IsMoving(_big.Id));
        Assert.False(move.Shown);
    }

    [Fact]
    public void TwoDropsOfDifferentCards_BothShow_AndOneRefusedLeavesTheOtherWhereItWasDropped()
    {
        var first = _state.BeginMove(_big.Id, Proposal.Id, Now)!;
        var second = _state.BeginMove(_small.Id, Won.Id, Now)!;

        Assert.Empty(Names(Qualified));
        Assert.Equal((0, 0m, 0m), Totals(Qualified));

        _state.RollBack(first);
        _state.CompleteMove(second);

        Assert.Equal(["Big"], Names(Qualified));
        Assert.Equal(["Middle", "Least"], Names(Proposal));
        Assert.Equal(["Small"], Names(Won));
        Assert.Equal((1, 900m, 180m), Totals(Qualified));
        Assert.Equal((1, 100m, 100m), Totals(Won));
    }

    [Fact]
    public void BeginMove_OfACardAlreadyMovingOrOntoItsOwnOrAnUnknownColumn_DoesNothing()
    {
        _state.BeginMove(_big.Id, Proposal.Id, Now);
        var revision = _state.Revision;

        Assert.Null(_state.BeginMove(_big.Id, Won.Id, Now));
        Assert.Null(_state.BeginMove(_small.Id, Qualified.Id, Now));
        Assert.Null(_state.BeginMove(_small.Id, Guid.NewGuid(), Now));
        Assert.Null(_state.BeginMove(Guid.NewGuid(), Proposal.Id, Now));
        Assert.Equal(revision, _state.Revision);
    }

    [Fact]
    public void AColumnRead_IsNotShownWhileADropOnOrFromItIsSaved()
    {
        _state.BeginMove(_big.Id, Proposal.Id, Now);

        Assert.False(_state.Replace(Column(Qualified, _big, _small)));
        Assert.False(_state.Replace(Column(Proposal, _middle, _least)));

        Assert.Equal(["Small"], Names(Qualified));
        Assert.Equal(["Big", "Middle", "Least"], Names(Proposal));
        Assert.Equal((1, 100m, 30m), Totals(Qualified));
    }

    [Fact]
    public void ADropIntoAClosedStage_ShowsItsOutcomeInsteadOfItsHealth()
    {
        _state.BeginMove(_big.Id, Won.Id, Now);

        var shown = _state.Card(_big.Id)!.Card;
        Assert.Null(shown.HealthScore);
        Assert.Equal(Now, shown.WonAt);
        Assert.NotNull(shown.Outcome);
    }

    [Fact]
    public void ADropPastTheLoadedPage_IsDrawnLast_NotCountedForLoadMore_AndTakesItsPlaceWhenLoaded()
    {
        var state = new BoardState();
        var loaded = Card(Proposal, "Loaded", 500m, 50);
        var unloaded = Card(Proposal, "Unloaded", 300m, 50);
        var dropped = Card(Qualified, "Dropped", 100m, 20);
        state.Load([Column(Qualified, dropped), new BoardColumn(Proposal, 2, 800m, 400m, [loaded]), Column(Won)]);

        var move = state.BeginMove(dropped.Id, Proposal.Id, Now)!;

        Assert.Equal(["Loaded", "Dropped"], Names(state, Proposal));
        Assert.Equal(1, state.LoadedCount(Proposal.Id));
        Assert.True(state.HasMore(Proposal.Id));

        state.CompleteMove(move);
        state.Append(Proposal.Id, [unloaded, state.Card(dropped.Id)!.Card]);

        Assert.Equal(["Loaded", "Unloaded", "Dropped"], Names(state, Proposal));
        Assert.Equal(3, state.LoadedCount(Proposal.Id));
        Assert.False(state.HasMore(Proposal.Id));
    }

    [Fact]
    public void ABoardReadWhileADropIsSaved_StillShowsTheDrop()
    {
        var move = _state.BeginMove(_big.Id, Proposal.Id, Now)!;

        _state.Load([Column(Qualified, _big, _small), Column(Proposal, _middle, _least), Column(Won)]);

        Assert.True(move.Shown);
        Assert.Equal(["Small"], Names(Qualified));
        Assert.Equal(["Big", "Middle", "Least"], Names(Proposal));
        Assert.Equal((3, 1_450m, 725m), Totals(Proposal));
    }

    [Fact]
    public void ACardReadAgain_IsUpdatedInTheSameInstance_SoItKeepsItsPlaceAndElement()
    {
        var shown = _state.Card(_small.Id);

        _state.ReplaceCard(_small with { HealthScore = 80 });
        _state.Replace(Column(Qualified, _big, _small with { Value = 120m }));

        Assert.Same(shown, _state.Card(_small.Id));
        Assert.Equal(120m, shown!.Card.Value);
    }

    private static DealCard Card(StageOption stage, string name, decimal value, int probability) =>
        new(Guid.NewGuid(), stage.Id, name, "Acme", value, "USD", "Jordan Kim", DealPriority.Medium, Now.AddDays(-3), [1])
        {
            HealthScore = 60,
            Probability = probability,
        };

    private static BoardColumn Column(StageOption stage, params DealCard[] cards) =>
        new(stage, cards.Length, cards.Sum(c => c.Value), cards.Sum(c => c.Value * c.Probability / 100m), cards);

    private string[] Names(StageOption stage) => Names(_state, stage);

    private static string[] Names(BoardState state, StageOption stage) =>
        [.. state.Cards.Where(c => c.ZoneId == stage.Id.ToString()).Select(c => c.Card.Name)];

    private (int Count, decimal Total, decimal Weighted) Totals(StageOption stage) =>
        _state.Column(stage.Id) is { } column ? (column.DealCount, column.TotalValue, column.WeightedValue) : default;
}
