using DealDesk.Core.Notifications;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Deals.Tasks;

/// <summary>Tells the assignee of each open task (the deal's owner when nobody is assigned) that it is due, once per
/// task and due date, in every workspace, on behalf of the system. Idempotent across runs and restarts: the notice's
/// address names the task and the due date (<see cref="OwnerNotices.TaskDueLink"/>), so a task whose notice exists is
/// left out, and a run can be repeated or interrupted at any point without telling anyone twice.</summary>
public sealed partial class TaskDueJob(
    DealDeskDatabase database,
    TimeProvider clock,
    INotificationFeed notifications,
    ILogger<TaskDueJob> log)
{
    /// <summary>Tasks per batch when not configured.</summary>
    public const int DefaultBatchSize = 500;

    /// <summary>How many days back a missed due date is still announced when not configured.</summary>
    public const int DefaultCatchUpDays = 2;

    /// <summary>Sends the notices of every open task due today, or within the last <paramref name="catchUpDays"/> days
    /// (a day the app was not running), that has none yet; <paramref name="batchSize"/> tasks per context and
    /// SaveChanges. Tasks overdue for longer are not announced: a new installation does not flood the bell with
    /// the past. Returns how many notices it sent.</summary>
    public async Task<int> NotifyDueAsync(int batchSize = DefaultBatchSize, int catchUpDays = DefaultCatchUpDays,
        CancellationToken cancellationToken = default)
    {
        batchSize = Math.Clamp(batchSize, 1, 10_000);
        catchUpDays = Math.Clamp(catchUpDays, 0, 31);
        var workspaces = await database.WorkspaceIdsAsync(cancellationToken);

        var total = 0;
        foreach (var workspaceId in workspaces)
        {
            var count = await NotifyWorkspaceAsync(workspaceId, batchSize, catchUpDays, cancellationToken);
            if (count > 0)
            {
                LogWorkspaceDone(count, workspaceId);
            }

            total += count;
        }

        return total;
    }

    private async Task<int> NotifyWorkspaceAsync(Guid workspaceId, int batchSize, int catchUpDays,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var earliest = today.AddDays(-catchUpDays);
        var total = 0;
        Guid? after = null;
        while (true)
        {
            await using var db = database.CreateContext(TenantScope.System(workspaceId));
            var tasks = db.DealTasks.Where(t => t.CompletedAt == null && t.DueOn != null && t.DueOn <= today
                && t.DueOn >= earliest);
            if (after is { } last)
            {
                tasks = tasks.Where(t => t.Id.CompareTo(last) > 0);
            }

            var due = await (
                    from t in tasks
                    join d in db.Deals on t.DealId equals d.Id
                    orderby t.Id
                    select new DueTask(t.Id, t.Title, t.DueOn!.Value, t.AssigneeId, d.Id, d.Name, d.OwnerId))
                .Take(batchSize)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return total;
            }

            after = due[^1].TaskId;
            var notices = due
                .Select(t => OwnerNotices.TaskDue(t.DealId, t.DealName, t.TaskId, t.Title, t.DueOn, t.AssigneeId,
                    t.OwnerId, today, now))
                .OfType<Notification>()
                .ToList();
            var fresh = await WithoutThoseSentAsync(db, notices, earliest, cancellationToken);
            if (fresh.Count > 0)
            {
                db.Notifications.AddRange(fresh);
                await db.SaveChangesAsync(cancellationToken);
                foreach (var recipient in fresh.Select(n => n.RecipientId).Distinct())
                {
                    notifications.Publish(recipient);
                }

                total += fresh.Count;
            }

            if (due.Count < batchSize)
            {
                return total;
            }
        }
    }

    /// <summary>The notices of <paramref name="notices"/> that were not sent before. A notice for a due date on or after
    /// <paramref name="earliest"/> cannot have been sent before that day, so the look-up stays on the recipients'
    /// (RecipientId, CreatedAt) index.</summary>
    private static async Task<List<Notification>> WithoutThoseSentAsync(DealDeskDbContext db,
        List<Notification> notices, DateOnly earliest, CancellationToken cancellationToken)
    {
        if (notices.Count == 0)
        {
            return notices;
        }

        var recipients = notices.Select(n => n.RecipientId).Distinct().ToList();
        var links = notices.Select(n => n.Link!).ToList();
        var since = earliest.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var sent = await db.Notifications
            .Where(n => recipients.Contains(n.RecipientId) && n.CreatedAt >= since && links.Contains(n.Link!))
            .Select(n => n.Link!)
            .ToListAsync(cancellationToken);
        var sentLinks = sent.ToHashSet(StringComparer.Ordinal);
        return notices.Where(n => !sentLinks.Contains(n.Link!)).ToList();
    }

    [LoggerMessage(LogLevel.Information, "Sent {Count} task-due notifications in workspace {WorkspaceId}")]
    private partial void LogWorkspaceDone(int count, Guid workspaceId);

    private sealed record DueTask(Guid TaskId, string Title, DateOnly DueOn, Guid? AssigneeId, Guid DealId,
        string DealName, Guid? OwnerId);
}
