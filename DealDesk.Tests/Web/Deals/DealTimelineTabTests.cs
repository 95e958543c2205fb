using Bunit;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Deals.Detail;
using DealDesk.Web.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DealDesk.Tests.Web.Deals;

/// <summary>The timeline tab: who and when, old → new for field changes, a kind filter and "Load more".</summary>
public sealed class DealTimelineTabTests : MudComponentTest
{
    private static readonly DateTime Now = new(2027, 2, 10, 9, 0, 0, DateTimeKind.Utc);
    private readonly FakeTimeline _timeline = new();

    public DealTimelineTabTests()
    {
        Services.AddSingleton<ITimelineQueries>(_timeline);
        Services.AddSingleton<IDealChangeFeed>(new RecordingChangeFeed());
        Services.AddSingleton(new CurrentUser());
        Services.AddSingleton<TimeProvider>(new FixedClock(Now));
        Services.AddChangeViewer();
        for (var i = 0; i < DealTimelineTab.PageSize + 5; i++)
        {
            _timeline.Entries.Add(new TimelineEntry(Guid.CreateVersion7(), ActivityKind.NoteAdded, Now.AddHours(-i - 2),
                "Riley Rep", $"Note: number {i}", null, null, null));
        }

        _timeline.Entries.Insert(0, new TimelineEntry(Guid.CreateVersion7(), ActivityKind.FieldChanged, Now.AddMinutes(-5),
            "Avery Admin", "Value changed", "Value", "$25,000", "$31,500"));
    }

    [Fact]
    public void Shows_WhoAndWhen_AndOldToNewForAFieldChange()
    {
        var tab = Render<DealTimelineTab>(p => p.Add(t => t.DealId, Guid.CreateVersion7()));

        var first = tab.FindAll("[data-testid=timeline-entry]")[0];
        Assert.Contains("Avery Admin", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("5 min ago", first.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"Value:\s*\$25,000\s*→\s*\$31,500", first.QuerySelector("[data-testid=timeline-summary]")!.TextContent);
        Assert.Equal(DealTimelineTab.PageSize, tab.FindAll("[data-testid=timeline-entry]").Count);
    }

    [Fact]
    public void LoadMore_AppendsTheNextPage_AndDisappearsAtTheEnd()
    {
        var tab = Render<DealTimelineTab>(p => p.Add(t => t.DealId, Guid.CreateVersion7()));

        tab.Find("[data-testid=timeline-more]").Click();

        tab.WaitForAssertion(() => Assert.Equal(_timeline.Entries.Count, tab.FindAll("[data-testid=timeline-entry]").Count));
        Assert.Empty(tab.FindAll("[data-testid=timeline-more]"));
        Assert.Equal(DealTimelineTab.PageSize, _timeline.Calls[^1].Skip);
    }

    [Fact]
    public void PickingAKindChip_AsksOnlyForThatKind()
    {
        var tab = Render<DealTimelineTab>(p => p.Add(t => t.DealId, Guid.CreateVersion7()));

        tab.Find($"[data-testid=timeline-kind-{ActivityKind.FieldChanged}]").Click();

        tab.WaitForAssertion(() => Assert.Equal([ActivityKind.FieldChanged], _timeline.Calls[^1].Kinds));
        Assert.Single(tab.FindAll("[data-testid=timeline-entry]"));
    }

    private sealed class FakeTimeline : ITimelineQueries
    {
        public List<TimelineEntry> Entries { get; } = [];

        public List<(IReadOnlyCollection<ActivityKind> Kinds, int Skip)> Calls { get; } = [];

        public Task<TimelinePage?> GetPageAsync(Guid dealId, IReadOnlyCollection<ActivityKind>? kinds, int skip, int take,
            CancellationToken cancellationToken = default)
        {
            var wanted = kinds?.ToList() ?? [];
            Calls.Add((wanted, skip));
            var matching = Entries.Where(e => wanted.Count == 0 || wanted.Contains(e.Kind)).ToList();
            return Task.FromResult<TimelinePage?>(new TimelinePage(matching.Skip(skip).Take(take).ToList(), matching.Count));
        }
    }
}
