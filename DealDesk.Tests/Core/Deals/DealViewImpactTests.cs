using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Core.Pipeline;

namespace DealDesk.Tests.Core.Deals;

/// <summary>A page of the deal table reloads for a change only when the change can alter what it shows: a row on it,
/// its filter's total, or the order across it; the board likewise for its filter.</summary>
public sealed class DealViewImpactTests
{
    private static readonly Guid Workspace = Guid.NewGuid();
    private static readonly Guid Open = Guid.NewGuid();
    private static readonly Guid Proposal = Guid.NewGuid();
    private static readonly Guid Circle = Guid.NewGuid();
    private static readonly DateTime Now = new(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc);

    // Second page of the deals in Proposal, largest value first: values 900 down to 800.
    private static readonly ShownDealPage ProposalsByValue = new(
        new DealSearch { StageIds = [Proposal], SortBy = DealSortField.Value, Descending = true, Page = 1, PageSize = 3 },
        [Row(900m), Row(850m), Row(800m)]);

    [Fact]
    public void AChangeOutsideThePagesFilter_DoesNotReloadIt()
    {
        var moved = Move(Facts(Open, 5_000m), Facts(Open, 5_000m) with { HealthScore = 20 });

        Assert.False(DealViewImpact.Affects(ProposalsByValue, moved));
    }

    [Fact]
    public void ADealEnteringThePagesFilter_ReloadsIt_BecauseItsTotalChanges()
    {
        var moved = Move(Facts(Open, 10m), Facts(Proposal, 10m));

        Assert.True(DealViewImpact.Affects(ProposalsByValue, moved));
    }

    [Fact]
    public void AChangeOfARowOnThePage_ReloadsIt()
    {
        var row = ProposalsByValue.Rows[1];
        var worked = new DealChange(Workspace, row.Id, DealChangeKind.Worked, null, Proposal, null);

        Assert.True(DealViewImpact.Affects(ProposalsByValue, worked));
    }

    [Theory]
    [InlineData(10, 20, false)] // below the page before and after: the page's rows stay
    [InlineData(5_000, 6_000, false)] // above the page before and after: as many rows above it as before
    [InlineData(5_000, 10, true)] // from above to below: every row of the page moves up one
    [InlineData(10, 820, true)] // into the page's range
    public void AMatchingDealWhoseValueChanges_ReloadsThePageOnlyWhenItCrossesIt(int from, int to, bool reloads)
    {
        var edited = Move(Facts(Proposal, from), Facts(Proposal, to)) with { Kind = DealChangeKind.Updated };

        Assert.Equal(reloads, DealViewImpact.Affects(ProposalsByValue, edited));
    }

    [Fact]
    public void ASortTheFactsCannotPlace_ReloadsForEveryMatchingChange()
    {
        var byName = ProposalsByValue with { View = ProposalsByValue.View with { SortBy = DealSortField.Name } };

        Assert.True(DealViewImpact.Affects(byName, Move(Facts(Proposal, 10m), Facts(Proposal, 20m))));
    }

    [Fact]
    public void AChangeWithoutFacts_ReloadsEveryPage()
    {
        var bare = new DealChange(Workspace, Guid.NewGuid(), DealChangeKind.Moved, Open, Proposal, null);

        Assert.True(DealViewImpact.Affects(ProposalsByValue, bare));
        Assert.True(DealViewImpact.Affects(new BoardFilter { Text = "nothing like it" }, bare));
    }

    [Fact]
    public void SearchText_MatchesTheDealOrAccountName_IgnoringCase()
    {
        var view = new DealSearch { Text = " globex " };

        Assert.True(DealViewImpact.Matches(view, Facts(Open, 1m) with { AccountName = "GLOBEX Corp" }));
        Assert.False(DealViewImpact.Matches(view, Facts(Open, 1m)));
        Assert.False(DealViewImpact.Matches(new DealSearch { HealthBands = [HealthBand.Critical] }, Facts(Open, 1m)));
    }

    [Fact]
    public void ABatch_ReloadsAPage_WhenOneOfItsDealsTouchesIt()
    {
        var outside = Move(Facts(Open, 1m), Facts(Open, 1m) with { HealthScore = 30 });
        var onPage = new DealChange(Workspace, ProposalsByValue.Rows[0].Id, DealChangeKind.Rescored, null, Proposal, null)
        {
            Before = Facts(Proposal, 900m),
            After = Facts(Proposal, 900m) with { HealthScore = 10 },
        };

        Assert.False(DealViewImpact.Affects(ProposalsByValue, DealChange.Rescoring(Workspace, [outside, outside])));
        Assert.True(DealViewImpact.Affects(ProposalsByValue, DealChange.Rescoring(Workspace, [outside, onPage])));
    }

    [Fact]
    public void TheBoard_ReloadsForDealsOfItsFilter_BeforeOrAfter()
    {
        var mine = Guid.NewGuid();
        var board = new BoardFilter { OwnerIds = [mine] };
        var handedOver = Move(Facts(Open, 1m) with { OwnerId = mine }, Facts(Open, 1m) with { OwnerId = Guid.NewGuid() });

        Assert.True(DealViewImpact.Affects(board, handedOver));
        Assert.False(DealViewImpact.Affects(board, Move(Facts(Open, 1m), Facts(Proposal, 1m))));
    }

    [Fact]
    public void ARepHearsOnlyOfDealsInTheirCircles_AndOfABatchOnlyTheirPart()
    {
        var theirs = Move(Facts(Open, 1m), Facts(Proposal, 1m));
        var other = Guid.NewGuid();
        var notTheirs = Move(Facts(Open, 1m) with { CircleId = other }, Facts(Proposal, 1m) with { CircleId = other });
        var leftTheirCircle = Move(Facts(Open, 1m), Facts(Open, 1m) with { CircleId = other });

        Assert.Same(theirs, theirs.VisibleTo(c => c == Circle));
        Assert.Null(notTheirs.VisibleTo(c => c == Circle));
        Assert.NotNull(leftTheirCircle.VisibleTo(c => c == Circle));
        Assert.Equal([theirs], DealChange.Rescoring(Workspace, [notTheirs, theirs]).VisibleTo(c => c == Circle)!.Batch);
    }

    private static DealChange Move(DealFacts before, DealFacts after) =>
        new(Workspace, Guid.NewGuid(), DealChangeKind.Moved, before.StageId, after.StageId, Guid.NewGuid())
        {
            Before = before,
            After = after,
        };

    private static DealFacts Facts(Guid stage, decimal value) =>
        new(Circle, stage, null, DealPriority.Medium, value, 50, Guid.NewGuid(), "Deal", "Initech", Now, Now, null);

    private static DealRow Row(decimal value) =>
        new(Guid.NewGuid(), "Deal", Guid.NewGuid(), "Initech", Proposal, "Proposal", StageKind.Open, 14, value, "USD", 50,
            DealPriority.Medium, null, null, Circle, "Team", null, Now, Now, [1]);
}
