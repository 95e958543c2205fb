using DealDesk.Core.Common;
using DealDesk.Core.Notifications;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Notifications;

/// <summary>The current user's notifications. The workspace filter applies as everywhere; the recipient condition
/// on every query keeps them private within the workspace.</summary>
internal sealed class NotificationService(
    IDbContextFactory<DealDeskDbContext> contexts,
    ICurrentUser user,
    TimeProvider clock,
    INotificationFeed feed) : INotificationService
{
    /// <summary>Most notifications one call lists.</summary>
    public const int MaxCount = 50;

    public async Task<int> CountUnreadAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me)
        {
            return 0;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.RecipientId == me && n.ReadAt == null, cancellationToken);
    }

    public async Task<IReadOnlyList<NotificationItem>> GetLatestAsync(int count,
        CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.Where(n => n.RecipientId == me)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(Math.Clamp(count, 1, MaxCount))
            .Select(n => new NotificationItem(n.Id, n.Message, n.Link, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> MarkReadAsync(Guid notificationId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me)
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notification = await db.Notifications
            .SingleOrDefaultAsync(n => n.Id == notificationId && n.RecipientId == me, cancellationToken);
        if (notification is null)
        {
            return false;
        }

        if (notification.ReadAt is null)
        {
            notification.MarkRead(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            feed.Publish(me);
        }

        return true;
    }

    public async Task<int> MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me)
        {
            return 0;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        // One UPDATE rather than loading every unread row; the workspace filter applies to it as to a query.
        var marked = await db.Notifications.Where(n => n.RecipientId == me && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        if (marked > 0)
        {
            feed.Publish(me);
        }

        return marked;
    }
}
