using System.Collections.Concurrent;
using System.Collections.Immutable;
using DealDesk.Core.Notifications;
using Microsoft.Extensions.Logging;

namespace DealDesk.Web.Feeds;

/// <summary>Notification changes passed to the open pages of their recipient within this server process.</summary>
public sealed partial class InProcessNotificationFeed(ILogger<InProcessNotificationFeed> log) : INotificationFeed
{
    private readonly ConcurrentDictionary<Guid, ImmutableList<Subscription>> _byUser = new();

    public void Publish(Guid userId)
    {
        if (!_byUser.TryGetValue(userId, out var subscribers))
        {
            return;
        }

        // Each page on its own: one failing bell must not hold up the writer or the user's other pages.
        foreach (var subscriber in subscribers)
        {
            _ = NotifyAsync(subscriber);
        }
    }

    public IDisposable Subscribe(Guid userId, Func<Task> onChange)
    {
        ArgumentNullException.ThrowIfNull(onChange);
        var subscription = new Subscription(this, userId, onChange);
        _byUser.AddOrUpdate(userId, _ => [subscription], (_, list) => list.Add(subscription));
        return subscription;
    }

    private void Unsubscribe(Subscription subscription)
    {
        while (_byUser.TryGetValue(subscription.UserId, out var list))
        {
            var remaining = list.Remove(subscription);
            var swapped = remaining.IsEmpty
                ? _byUser.TryRemove(new KeyValuePair<Guid, ImmutableList<Subscription>>(subscription.UserId, list))
                : _byUser.TryUpdate(subscription.UserId, remaining, list);
            if (swapped)
            {
                return;
            }
        }
    }

    private async Task NotifyAsync(Subscription subscriber)
    {
        try
        {
            await Task.Yield();
            await subscriber.OnChange();
        }
        catch (Exception e)
        {
            LogSubscriberFailed(e, subscriber.UserId);
        }
    }

    [LoggerMessage(LogLevel.Warning, "A page failed to handle the notifications of user {UserId}")]
    private partial void LogSubscriberFailed(Exception exception, Guid userId);

    private sealed class Subscription(InProcessNotificationFeed feed, Guid userId, Func<Task> onChange) : IDisposable
    {
        private int _disposed;

        public Guid UserId { get; } = userId;

        public Func<Task> OnChange { get; } = onChange;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                feed.Unsubscribe(this);
            }
        }
    }
}
