using DealDesk.Core.Circles;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Web.Components.Pages.Pipeline;

namespace DealDesk.Tests.Web.Pipeline;

public sealed class BoardFilterQueryTests
{
    [Fact]
    public void ToQueryThenParse_GivesTheSameFilter()
    {
        var filter = new BoardFilter
        {
            Text = "acme", OwnerIds = [Guid.NewGuid(), Guid.NewGuid()], CircleIds = [Guid.NewGuid()],
            Priorities = [DealPriority.High, DealPriority.Low],
        };

        var query = BoardFilterQuery.ToQuery(filter);
        var parsed = BoardFilterQuery.Parse((string?)query[BoardFilterQuery.Text], (string[]?)query[BoardFilterQuery.Owner],
            (string[]?)query[BoardFilterQuery.Circle], (string[]?)query[BoardFilterQuery.Priority]);

        Assert.True(BoardFilterQuery.Same(filter, parsed));
        Assert.Equal(["High", "Low"], (string[])query[BoardFilterQuery.Priority]!);
    }

    [Fact]
    public void ToQuery_OfAnEmptyFilter_RemovesEveryParameter()
    {
        Assert.All(BoardFilterQuery.ToQuery(new BoardFilter { Text = "  " }).Values, Assert.Null);
    }

    [Fact]
    public void Parse_IgnoresUnknownPrioritiesAndBlankText()
    {
        var parsed = BoardFilterQuery.Parse(" ", null, null, ["high", "urgent", "7", "Medium"]);

        Assert.Null(parsed.Text);
        Assert.Equal([DealPriority.High, DealPriority.Medium], parsed.Priorities);
    }

    [Fact]
    public void Parse_IgnoresIdsThatAreNotIds()
    {
        var owner = Guid.NewGuid();

        var parsed = BoardFilterQuery.Parse(null, ["not-an-id", owner.ToString(), "", Guid.Empty.ToString()], ["1"], null);

        Assert.Equal([owner], parsed.OwnerIds);
        Assert.Empty(parsed.CircleIds);
    }

    [Fact]
    public void Same_ComparesListsAsSets()
    {
        var a = new BoardFilter { Priorities = [DealPriority.High, DealPriority.Low] };

        Assert.True(BoardFilterQuery.Same(a, new BoardFilter { Priorities = [DealPriority.Low, DealPriority.High] }));
        Assert.False(BoardFilterQuery.Same(a, new BoardFilter { Priorities = [DealPriority.Low] }));
        Assert.False(BoardFilterQuery.Same(a, a with { Text = "x" }));
    }
}
