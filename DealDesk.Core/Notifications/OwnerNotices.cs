using System.Globalization;

namespace DealDesk.Core.Notifications;

/// <summary>Who hears about what happens to a deal or a task, and in which words (SPEC: "in-app notifications to the
/// deal owner: deal created for them, stage changed, task due"). One rule for all of them: the person concerned is
/// told, unless they did it themselves. Each method gives <c>null</c> when nobody is to be told.</summary>
public static class OwnerNotices
{
    /// <summary>Longest deal or task name quoted in a message, so that any name fits in
    /// <see cref="Notification.MessageMaxLength"/>.</summary>
    public const int QuotedNameMaxLength = 120;

    /// <summary>A deal was created with <paramref name="ownerId"/> as its owner by <paramref name="actorId"/>.</summary>
    /// <param name="dealId">The new deal.</param>
    /// <param name="dealName">Its name.</param>
    /// <param name="ownerId">Its owner; <c>null</c> for none.</param>
    /// <param name="actorId">Who created it; <c>null</c> for automation.</param>
    /// <param name="actorName">How to name the creator.</param>
    /// <param name="at">When (UTC).</param>
    public static Notification? DealCreated(Guid dealId, string dealName, Guid? ownerId, Guid? actorId, string actorName,
        DateTime at) =>
        To(ownerId, actorId, $"{Quote(actorName)} created “{Quote(dealName)}” for you", DealLink(dealId), at);

    /// <summary>The owner's deal was moved to another stage by <paramref name="actorId"/>.</summary>
    /// <param name="dealId">The deal.</param>
    /// <param name="dealName">Its name.</param>
    /// <param name="ownerId">Its owner; <c>null</c> for none.</param>
    /// <param name="actorId">Who moved it; <c>null</c> for automation.</param>
    /// <param name="actorName">How to name them.</param>
    /// <param name="stageName">The stage it is in now.</param>
    /// <param name="at">When (UTC).</param>
    public static Notification? DealMoved(Guid dealId, string dealName, Guid? ownerId, Guid? actorId, string actorName,
        string stageName, DateTime at) =>
        To(ownerId, actorId, $"{Quote(actorName)} moved “{Quote(dealName)}” to {Quote(stageName)}", DealLink(dealId), at);

    /// <summary>The deal was handed to <paramref name="newOwnerId"/> by <paramref name="actorId"/>. Only the new owner is
    /// told: the SPEC notifies a deal's owner, and the previous one sees the change on the deal's timeline.</summary>
    /// <param name="dealId">The deal.</param>
    /// <param name="dealName">Its name.</param>
    /// <param name="newOwnerId">Its owner now; <c>null</c> when it was left without one.</param>
    /// <param name="actorId">Who changed the owner.</param>
    /// <param name="actorName">How to name them.</param>
    /// <param name="at">When (UTC).</param>
    public static Notification? DealHandedOver(Guid dealId, string dealName, Guid? newOwnerId, Guid? actorId,
        string actorName, DateTime at) =>
        To(newOwnerId, actorId, $"{Quote(actorName)} made you the owner of “{Quote(dealName)}”", DealLink(dealId), at);

    /// <summary>A task was assigned to <paramref name="assigneeId"/> by <paramref name="actorId"/>.</summary>
    /// <param name="dealId">The task's deal.</param>
    /// <param name="dealName">Its name.</param>
    /// <param name="taskTitle">What to do.</param>
    /// <param name="assigneeId">Who should do it; <c>null</c> when unassigned.</param>
    /// <param name="actorId">Who created it.</param>
    /// <param name="actorName">How to name them.</param>
    /// <param name="at">When (UTC).</param>
    public static Notification? TaskAssigned(Guid dealId, string dealName, string taskTitle, Guid? assigneeId,
        Guid? actorId, string actorName, DateTime at) =>
        To(assigneeId, actorId, $"{Quote(actorName)} assigned you “{Quote(taskTitle)}” on {Quote(dealName)}",
            $"/deals/{dealId}?tab=tasks", at);

    /// <summary>An open task fell due: its assignee is told, or the deal's owner when nobody is assigned. Nobody acted,
    /// so nobody is left out. The link names the task and the due date it announces, so the notice itself records
    /// that it was sent: see <see cref="TaskDueLink"/>.</summary>
    /// <param name="dealId">The task's deal.</param>
    /// <param name="dealName">Its name.</param>
    /// <param name="taskId">The task.</param>
    /// <param name="taskTitle">What to do.</param>
    /// <param name="dueOn">The day it is due.</param>
    /// <param name="assigneeId">Who should do it; <c>null</c> when unassigned.</param>
    /// <param name="ownerId">The deal's owner.</param>
    /// <param name="today">The day the notice is sent (UTC).</param>
    /// <param name="at">When (UTC).</param>
    public static Notification? TaskDue(Guid dealId, string dealName, Guid taskId, string taskTitle, DateOnly dueOn,
        Guid? assigneeId, Guid? ownerId, DateOnly today, DateTime at)
    {
        var when = dueOn >= today ? "today" : "since " + dueOn.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        return To(assigneeId ?? ownerId, actorId: null, $"“{Quote(taskTitle)}” on {Quote(dealName)} is due {when}",
            TaskDueLink(dealId, taskId, dueOn), at);
    }

    /// <summary>Who a task-due notice goes to: the assignee, else the deal's owner; <c>null</c> for nobody.</summary>
    public static Guid? TaskDueRecipient(Guid? assigneeId, Guid? ownerId) => assigneeId ?? ownerId;

    /// <summary>The address of the notice that <paramref name="taskId"/> is due on <paramref name="dueOn"/>: the deal's
    /// tasks, naming the task and the date. A task moved to another date gets a notice for that date too; the same
    /// (task, date) never gets a second one.</summary>
    public static string TaskDueLink(Guid dealId, Guid taskId, DateOnly dueOn) =>
        $"/deals/{dealId}?tab=tasks&task={taskId}&due={dueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary><paramref name="name"/>, shortened with an ellipsis past <see cref="QuotedNameMaxLength"/>.</summary>
    public static string Quote(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        return trimmed.Length <= QuotedNameMaxLength ? trimmed : trimmed[..(QuotedNameMaxLength - 1)].TrimEnd() + "…";
    }

    private static string DealLink(Guid dealId) => $"/deals/{dealId}";

    private static Notification? To(Guid? recipientId, Guid? actorId, string message, string link, DateTime at) =>
        recipientId is { } recipient && recipient != actorId ? new Notification(recipient, message, link, at) : null;
}
