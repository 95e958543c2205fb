using DealDesk.Core.Deals;
using DealDesk.Web.Feeds;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Web.Feeds;

public sealed class InProcessDealChangeFeedTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private readonly InProcessDealChangeFeed _feed = new(NullLogger<InProcessDealChangeFeed>.Instance);

    [Fact]
    public async Task Publish_ReachesEverySubscriberOfTheWorkspace_AndNoOther()
    {
        var workspace = Guid.NewGuid();
        var first = new TaskCompletionSource<DealChange>();
        var second = new TaskCompletionSource<DealChange>();
        var otherWorkspace = new TaskCompletionSource<DealChange>();
        using var a = _feed.Subscribe(workspace, c => Complete(first, c));
        using var b = _feed.Subscribe(workspace, c => Complete(second, c));
        using var c = _feed.Subscribe(Guid.NewGuid(), c => Complete(otherWorkspace, c));
        var change = Change(workspace);

        await _feed.DeliverAsync(change).WaitAsync(Patience);

        Assert.Equal(change, await first.Task.WaitAsync(Patience));
        Assert.Equal(change, await second.Task.WaitAsync(Patience));
        Assert.False(otherWorkspace.Task.IsCompleted);
    }

    [Fact]
    public async Task SubscribeAll_HearsEveryWorkspace_UntilDisposed()
    {
        var heard = new List<DealChange>();
        var first = Change(Guid.NewGuid());
        var second = Change(Guid.NewGuid());
        var both = new TaskCompletionSource();
        var all = _feed.SubscribeAll(c =>
        {
            lock (heard)
            {
                heard.Add(c);
                if (heard.Count == 2)
                {
                    both.TrySetResult();
                }
            }

            return Task.CompletedTask;
        });

        _feed.Publish(first);
        _feed.Publish(second);
        await both.Task.WaitAsync(Patience);
        all.Dispose();
        await _feed.DeliverAsync(Change(Guid.NewGuid())).WaitAsync(Patience);

        Assert.Equal([first, second], heard.OrderBy(c => c == first ? 0 : 1));
    }

    [Fact]
    public void Subscribe_WithoutAWorkspace_IsRefused() =>
        Assert.Throws<ArgumentException>(() => _feed.Subscribe(Guid.Empty, _ => Task.CompletedTask));

    [Fact]
    public async Task Dispose_StopsTheSubscription_AndLeavesTheOthers()
    {
        var workspace = Guid.NewGuid();
        var disposedCalls = 0;
        var kept = new TaskCompletionSource<DealChange>();
        var gone = _feed.Subscribe(workspace, _ =>
        {
            Interlocked.Increment(ref disposedCalls);
            return Task.CompletedTask;
        });
        using var stays = _feed.Subscribe(workspace, c => Complete(kept, c));

        gone.Dispose();
        gone.Dispose();
        _feed.Publish(Change(workspace));

        await kept.Task.WaitAsync(Patience);
        Assert.Equal(0, disposedCalls);
    }

    [Fact]
    public async Task AFailingSubscriber_DoesNotStopTheOthers_NorThePublisher()
    {
        var workspace = Guid.NewGuid();
        var reached = new TaskCompletionSource<DealChange>();
        using var broken = _feed.Subscribe(workspace, _ => throw new InvalidOperationException("page gone"));
        using var healthy = _feed.Subscribe(workspace, c => Complete(reached, c));

        _feed.Publish(Change(workspace));

        await reached.Task.WaitAsync(Patience);
    }

    [Fact]
    public async Task ABlockingSubscriber_DoesNotHoldUpThePublisher()
    {
        var workspace = Guid.NewGuid();
        using var release = new ManualResetEventSlim();
        using var blocking = _feed.Subscribe(workspace, _ =>
        {
            release.Wait(Patience);
            return Task.CompletedTask;
        });

        // Were handlers run inline, Publish would block until the handler gave up.
        var publish = Task.Run(() => _feed.Publish(Change(workspace)));

        await publish.WaitAsync(TimeSpan.FromSeconds(1));
        Assert.False(release.IsSet);
        release.Set();
    }

    private static DealChange Change(Guid workspace) =>
        new(workspace, Guid.NewGuid(), DealChangeKind.Moved, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

    private static Task Complete(TaskCompletionSource<DealChange> source, DealChange change)
    {
        source.TrySetResult(change);
        return Task.CompletedTask;
    }
}
