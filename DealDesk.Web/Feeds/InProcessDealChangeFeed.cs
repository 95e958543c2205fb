using System.Collections.Concurrent;
using System.Collections.Immutable;
using DealDesk.Core.Deals;
using Microsoft.Extensions.Logging;

namespace DealDesk.Web.Feeds;

/// <summary>Deal changes passed between the circuits of this one server process. A scaled-out deployment swaps in
/// a backplane-backed <see cref="IDealChangeFeed"/>; publishers and subscribers stay as they are.</summary>
public sealed partial class InProcessDealChangeFeed(ILogger<InProcessDealChangeFeed> log) : IDealChangeFeed
{
    // Guid.Empty holds the subscribers to every workspace; no workspace has that id.
    private static readonly Guid Everywhere = Guid.Empty;

    private readonly ConcurrentDictionary<Guid, ImmutableList<Subscription>> _byWorkspace = new();

    public void Publish(DealChange change) => _ = DeliverAsync(change);

    /// <summary>Publishes <paramref name="change"/>; the task completes once every subscriber has handled it (never
    /// faults: a failing subscriber is logged). Writers do not wait for it; a test does, to see who was told.</summary>
    internal Task DeliverAsync(DealChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var subscribers = SubscribersOf(change.WorkspaceId).Concat(SubscribersOf(Everywhere));

        // Each subscriber runs on its own: a slow or failing page must not hold up the writer or the other pages.
        return Task.WhenAll(subscribers.Select(subscriber => NotifyAsync(subscriber, change)).ToList());
    }

    public IDisposable Subscribe(Guid workspaceId, Func<DealChange, Task> onChange) =>
        workspaceId == Everywhere
            ? throw new ArgumentException("A workspace id is required.", nameof(workspaceId))
            : Add(workspaceId, onChange);

    public IDisposable SubscribeAll(Func<DealChange, Task> onChange) => Add(Everywhere, onChange);

    private ImmutableList<Subscription> SubscribersOf(Guid workspaceId) =>
        _byWorkspace.TryGetValue(workspaceId, out var subscribers) ? subscribers : [];

    private Subscription Add(Guid workspaceId, Func<DealChange, Task> onChange)
    {
        ArgumentNullException.ThrowIfNull(onChange);
        var subscription = new Subscription(this, workspaceId, onChange);
        _byWorkspace.AddOrUpdate(workspaceId, _ => [subscription], (_, list) => list.Add(subscription));
        return subscription;
    }

    private void Unsubscribe(Subscription subscription)
    {
        while (_byWorkspace.TryGetValue(subscription.WorkspaceId, out var list))
        {
            var remaining = list.Remove(subscription);
            var swapped = remaining.IsEmpty
                ? _byWorkspace.TryRemove(new KeyValuePair<Guid, ImmutableList<Subscription>>(subscription.WorkspaceId, list))
                : _byWorkspace.TryUpdate(subscription.WorkspaceId, remaining, list);
            if (swapped)
            {
                return;
            }
        }
    }

    private async Task NotifyAsync(Subscription subscriber, DealChange change)
    {
        try
        {
            await Task.Yield();
            await subscriber.OnChange(change);
        }
        catch (Exception e)
        {
            LogSubscriberFailed(e, change.DealId);
        }
    }

    [LoggerMessage(LogLevel.Warning, "A page failed to handle the change of deal {DealId}")]
    private partial void LogSubscriberFailed(Exception exception, Guid dealId);

    private sealed class Subscription(InProcessDealChangeFeed feed, Guid workspaceId, Func<DealChange, Task> onChange)
        : IDisposable
    {
        private int _disposed;

        public Guid WorkspaceId { get; } = workspaceId;

        public Func<DealChange, Task> OnChange { get; } = onChange;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                feed.Unsubscribe(this);
            }
        }
    }
}
