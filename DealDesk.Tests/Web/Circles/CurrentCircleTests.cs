using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Web.Components.Shared;
namespace DealDesk.Tests.Web.Circles;

/// <summary>The current circle of the contact and KPI pages, and what it tells the switcher.</summary>
public sealed class CurrentCircleTests
{
    private static readonly MyCircle Enterprise = new(Guid.CreateVersion7(), "Enterprise Team", CircleRole.Member);
    private static readonly MyCircle Growth = new(Guid.CreateVersion7(), "Growth Team", CircleRole.Member);

    [Fact]
    public async Task ResolveAsync_OfTheCircleAUrlNames_TellsTheSwitcherButNotThePages()
    {
        var current = new CurrentCircle(new TwoCircles());
        await current.ResolveAsync(null);
        var shown = 0;
        var changed = 0;
        current.Shown += () => shown++;
        current.Changed += () => changed++;

        var circle = await current.ResolveAsync(Growth.Id);

        Assert.Equal(Growth, circle);
        Assert.Equal(Growth.Id, current.SelectedId);
        Assert.Equal((1, 0), (shown, changed));
    }

    [Fact]
    public async Task ResolveAsync_OfACircleTheUserIsNotIn_KeepsTheCurrentOne()
    {
        var current = new CurrentCircle(new TwoCircles());
        current.Select(Growth.Id);
        var shown = 0;
        current.Shown += () => shown++;

        var circle = await current.ResolveAsync(Guid.CreateVersion7());

        Assert.Equal(Growth, circle);
        Assert.Equal(0, shown);
    }

    [Fact]
    public void Select_OfAnotherCircle_TellsThePages_OnceOnly()
    {
        var current = new CurrentCircle(new TwoCircles());
        var changed = 0;
        current.Changed += () => changed++;

        current.Select(Growth.Id);
        current.Select(Growth.Id);

        Assert.Equal(1, changed);
    }

    private sealed class TwoCircles : ICircleAccess
    {
        public Task<IReadOnlyList<MyCircle>> MyCirclesAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<MyCircle>>([Enterprise, Growth]);

        public Task<CircleRole?> RoleInAsync(Guid circleId, CancellationToken cancellationToken = default) =>
            Task.FromResult<CircleRole?>(CircleRole.Member);

        public Task<Result?> CheckAsync(Guid circleId, CircleAction action, string target,
            CancellationToken cancellationToken = default) => Task.FromResult<Result?>(null);
    }
}
