using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;

namespace DealDesk.Tests.Core.Deals;

/// <summary>A deal past its stage's rotting limit is stale, unless its next step is due today or later.</summary>
public sealed class NextStepStalenessTests
{
    private static readonly DateTime Now = new(2027, 3, 10, 15, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime LongAgo = Now.AddDays(-30);

    [Theory]
    [InlineData(null, true)] // no next step
    [InlineData(-1, true)] // next step overdue
    [InlineData(0, false)] // due today
    [InlineData(7, false)] // due next week
    public void IsStale_PastTheLimit_DependsOnTheNextStepsDueDate(int? dueInDays, bool stale)
    {
        DateOnly? due = dueInDays is { } days ? DateOnly.FromDateTime(Now).AddDays(days) : null;

        Assert.Equal(stale, Rotting.IsStale(StageKind.Open, 14, LongAgo, Now, due));
        Assert.Equal(stale, Row(LongAgo, "Call back", due).IsStale(Now));
    }

    [Fact]
    public void IsStale_WithinTheLimit_IsNeverStale_WhateverTheNextStep()
    {
        Assert.False(Row(Now.AddDays(-3), null, null).IsStale(Now));
        Assert.False(Rotting.IsStale(StageKind.Open, 14, Now.AddDays(-3), Now, DateOnly.FromDateTime(Now).AddDays(-10)));
    }

    [Fact]
    public void IsStale_OfAWonDeal_IsFalse()
    {
        Assert.False(Rotting.IsStale(StageKind.Won, 14, LongAgo, Now, null));
    }

    private static DealRow Row(DateTime enteredAt, string? nextStep, DateOnly? due) =>
        new(Guid.NewGuid(), "Deal", Guid.NewGuid(), "Initech", Guid.NewGuid(), "Proposal", StageKind.Open, 14, 1000m, "USD",
            50, DealPriority.Medium, null, null, Guid.NewGuid(), "Growth Team", null, enteredAt, enteredAt, [1], nextStep, due);
}
