namespace DealDesk.Core.Notifications;

/// <summary>A notification as the bell lists it.</summary>
/// <param name="Id">The notification.</param>
/// <param name="Message">What it says.</param>
/// <param name="Link">Where clicking it goes.</param>
/// <param name="CreatedAt">When (UTC).</param>
/// <param name="IsRead">Whether the user has read it.</param>
public sealed record NotificationItem(Guid Id, string Message, string? Link, DateTime CreatedAt, bool IsRead);

/// <summary>The current user's own notifications; nobody ever reads or marks another user's.</summary>
public interface INotificationService
{
    /// <summary>How many are unread.</summary>
    Task<int> CountUnreadAsync(CancellationToken cancellationToken = default);

    /// <summary>The latest <paramref name="count"/>, newest first.</summary>
    Task<IReadOnlyList<NotificationItem>> GetLatestAsync(int count, CancellationToken cancellationToken = default);

    /// <summary>Marks one read; a notification of someone else is left alone and reported as not found.</summary>
    Task<bool> MarkReadAsync(Guid notificationId, CancellationToken cancellationToken = default);

    /// <summary>Marks all of them read; how many were unread.</summary>
    Task<int> MarkAllReadAsync(CancellationToken cancellationToken = default);
}

/// <summary>Tells a user's open pages that they have new or newly read notifications, so the bell recounts.
/// In-process like the deal change feed; it carries the user id only.</summary>
public interface INotificationFeed
{
    /// <summary>Announces that <paramref name="userId"/>'s notifications changed. Never throws because of a subscriber.</summary>
    void Publish(Guid userId);

    /// <summary>Calls <paramref name="onChange"/> whenever <paramref name="userId"/>'s notifications change, until
    /// the returned handle is disposed. Runs on the publisher's thread: marshal to the UI yourself.</summary>
    IDisposable Subscribe(Guid userId, Func<Task> onChange);
}
