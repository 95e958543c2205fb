using DealDesk.Tests.Support;
using DealDesk.Web.Feeds;

namespace DealDesk.Tests.Web.Feeds;

/// <summary>A page refreshes at most once per half second: the first change at once, a burst after it in one
/// trailing refresh.</summary>
public sealed class CoalescedRefreshTests
{
    private readonly SteppedTime _time = new();
    private int _refreshes;

    [Fact]
    public async Task ALoneChange_RefreshesAtOnce()
    {
        using var refresh = new CoalescedRefresh(_time, Count);

        await refresh.RequestAsync();

        Assert.Equal(1, _refreshes);
        Assert.Equal(0, _time.PendingTimers);
    }

    [Fact]
    public async Task ABurst_CollapsesIntoOneTrailingRefresh_AtTheWindowsEnd()
    {
        using var refresh = new CoalescedRefresh(_time, Count);

        for (var i = 0; i < 50; i++)
        {
            await refresh.RequestAsync();
            _time.Advance(TimeSpan.FromMilliseconds(5));
        }

        Assert.Equal(1, _refreshes);
        _time.Advance(CoalescedRefresh.Window);
        Assert.Equal(2, _refreshes);
        _time.Advance(CoalescedRefresh.Window * 4);
        Assert.Equal(2, _refreshes);
    }

    [Fact]
    public async Task ChangesDuringASlowRefresh_BringOneMoreRefresh_NotOneEach()
    {
        var release = new TaskCompletionSource();
        var calls = 0;
        using var refresh = new CoalescedRefresh(_time, async () =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await release.Task;
            }
        });

        var first = refresh.RequestAsync();
        _time.Advance(CoalescedRefresh.Window * 2);
        await refresh.RequestAsync();
        await refresh.RequestAsync();
        release.SetResult();
        await first;
        _time.Advance(TimeSpan.Zero);

        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task AChangeAfterTheWindow_RefreshesAtOnceAgain()
    {
        using var refresh = new CoalescedRefresh(_time, Count);

        await refresh.RequestAsync();
        _time.Advance(CoalescedRefresh.Window);
        await refresh.RequestAsync();

        Assert.Equal(2, _refreshes);
    }

    [Fact]
    public async Task Disposed_RefreshesNoMore()
    {
        var refresh = new CoalescedRefresh(_time, Count);
        await refresh.RequestAsync();
        await refresh.RequestAsync();

        refresh.Dispose();
        _time.Advance(CoalescedRefresh.Window);

        Assert.Equal(1, _refreshes);
    }

    private Task Count()
    {
        Interlocked.Increment(ref _refreshes);
        return Task.CompletedTask;
    }
}
