using DealDesk.Core.Pipeline;

namespace DealDesk.Tests.Core.Pipeline;

/// <summary>The settings page can say why a stage must stay before it asks to confirm a delete.</summary>
public sealed class StageDeletionTests
{
    private static readonly StageSetting Qualified = new(Guid.NewGuid(), "Qualified", 1, StageKind.Open, 20, 30, 0, []);
    private static readonly StageSetting Proposal = new(Guid.NewGuid(), "Proposal", 2, StageKind.Open, 50, 30, 12, []);
    private static readonly StageSetting Won = new(Guid.NewGuid(), "Won", 3, StageKind.Won, 100, null, 0, []);
    private static readonly StageSetting Lost = new(Guid.NewGuid(), "Lost", 4, StageKind.Lost, 0, null, 1, []);
    private static readonly StageSetting[] Pipeline = [Qualified, Proposal, Won, Lost];

    [Fact]
    public void WhyNot_AnEmptyStageWithOthersOfItsKind_IsNothing() =>
        Assert.Null(StageDeletion.WhyNot(Qualified, Pipeline));

    [Fact]
    public void WhyNot_AStageHoldingDeals_SaysHowManyMustMoveFirst() =>
        Assert.Equal("Move its 12 deals to another stage first.", StageDeletion.WhyNot(Proposal, Pipeline));

    [Fact]
    public void WhyNot_TheLastStageOfItsKind_SaysThePipelineNeedsIt()
    {
        Assert.Equal("The pipeline needs at least one won stage.", StageDeletion.WhyNot(Won, Pipeline));
        Assert.Equal("The pipeline needs at least one lost stage.", StageDeletion.WhyNot(Lost, Pipeline));
    }
}
