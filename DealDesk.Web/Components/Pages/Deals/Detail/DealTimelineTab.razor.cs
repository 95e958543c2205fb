using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Timeline;
using Microsoft.AspNetCore.Components;

namespace DealDesk.Web.Components.Pages.Deals.Detail;

/// <summary>The deal's timeline, newest first, a page at a time, filtered by kind; reloads when the deal changes.</summary>
public sealed partial class DealTimelineTab
{
    /// <summary>Entries fetched per "Load more".</summary>
    public const int PageSize = 20;

    private readonly List<TimelineEntry> _entries = [];
    private IReadOnlyCollection<ActivityKind> _kinds = [];
    private TimelinePage? _page;
    private bool _loading;
    private Guid? _loadedId;

    [Inject]
    private ITimelineQueries Timeline { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override Task OnDealChangedAsync() => ReloadAsync();

    // The page re-renders its tabs on every change of the deal; this tab reloads through its own subscription.
    protected override Task OnParametersSetAsync()
    {
        if (_loadedId == DealId)
        {
            return Task.CompletedTask;
        }

        _loadedId = DealId;
        return LoadAsync(skip: 0, take: PageSize, append: false);
    }

    private Task FilterAsync(IReadOnlyCollection<ActivityKind>? kinds)
    {
        _kinds = kinds ?? [];
        return LoadAsync(skip: 0, take: PageSize, append: false);
    }

    private Task LoadMoreAsync() => LoadAsync(skip: _entries.Count, take: PageSize, append: true);

    // After a change the page keeps as many entries as it showed, so "Load more" progress is not lost.
    private async Task ReloadAsync()
    {
        await LoadAsync(skip: 0, take: Math.Clamp(_entries.Count, PageSize, ITimelineQueries.MaxPageSize), append: false);
        StateHasChanged();
    }

    private async Task LoadAsync(int skip, int take, bool append)
    {
        _loading = true;
        try
        {
            var page = await Timeline.GetPageAsync(DealId, _kinds, skip, take);
            if (!append)
            {
                _entries.Clear();
            }

            _page = page ?? new TimelinePage([], 0);
            _entries.AddRange(_page.Entries);
        }
        finally
        {
            _loading = false;
        }
    }
}
