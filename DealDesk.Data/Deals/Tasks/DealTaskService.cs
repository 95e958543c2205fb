using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Tasks;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Core.Notifications;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Deals.Tasks;

/// <summary>Tasks on a deal. Tasks carry no circle of their own, so every call first makes sure the user can see
/// the deal; each write is one SaveChanges with its timeline entry (and the assignee's notification).</summary>
internal sealed class DealTaskService(
    IDbContextFactory<DealDeskDbContext> contexts,
    ICurrentUser user,
    TimeProvider clock,
    IDealChangeFeed changes,
    INotificationFeed notifications,
    ILogger<DealTaskService> log) : IDealTaskService
{
    private static readonly TaskDraftValidator Validator = new();

    public async Task<IReadOnlyList<TaskItem>?> ListAsync(Guid dealId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Deals.AnyAsync(d => d.Id == dealId, cancellationToken))
        {
            return null;
        }

        return await (
                from t in db.DealTasks.Where(t => t.DealId == dealId)
                join u in db.Users on t.AssigneeId equals u.Id into assignees
                from assignee in assignees.DefaultIfEmpty()
                // Open first, by due date with undated ones last; then done ones, the latest done first.
                orderby t.CompletedAt != null, t.CompletedAt descending, t.DueOn == null, t.DueOn, t.CreatedAt, t.Id
                select new TaskItem(t.Id, t.Title, t.DueOn, t.AssigneeId, assignee == null ? null : assignee.DisplayName,
                    t.CreatedAt, t.CompletedAt, t.Version))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<NamedOption>> GetAssigneesAsync(Guid dealId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var circleId = await db.Deals.Where(d => d.Id == dealId).Select(d => (Guid?)d.CircleId)
            .SingleOrDefaultAsync(cancellationToken);
        return circleId is null
            ? []
            : await DealReferences.OwnersOf(db, [circleId.Value]).OrderBy(u => u.DisplayName)
                .Select(u => new NamedOption(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
    }

    public async Task<Result<Guid>> CreateAsync(Guid dealId, TaskDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (Validator.WhyInvalid(draft) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deal = await db.Deals.Where(d => d.Id == dealId)
            .Select(d => new TaskDeal(d.Id, d.WorkspaceId, d.StageId, d.CircleId, d.Name))
            .SingleOrDefaultAsync(cancellationToken);
        if (deal is null)
        {
            return Result.NotFound(DealMessages.NotFound);
        }

        if (draft.AssigneeId is { } assigneeId
            && !await DealReferences.OwnersOf(db, [deal.CircleId]).AnyAsync(u => u.Id == assigneeId, cancellationToken))
        {
            return Result.Invalid(nameof(TaskDraft.AssigneeId), TaskMessages.AssigneeCannotSeeDeal);
        }

        var now = Now();
        var task = new DealTask(dealId, draft.Title.Trim(), draft.DueOn, draft.AssigneeId, user.UserId, now);
        db.DealTasks.Add(task);
        var due = TimelineText.Date(task.DueOn);
        db.Activities.Add(Activity.Record(dealId, ActivityKind.TaskCreated, user.UserId, now,
            $"Task created: {task.Title}" + (due is null ? "" : $" (due {due})")));
        var notice = task.AssigneeId is null
            ? null
            : OwnerNotices.TaskAssigned(dealId, deal.Name, task.Title, task.AssigneeId, user.UserId,
                await ActorNameAsync(db, cancellationToken), now);
        if (notice is not null)
        {
            db.Notifications.Add(notice);
        }

        await db.SaveChangesAsync(cancellationToken);
        await AnnounceAsync(db, deal);
        if (notice is not null)
        {
            notifications.Publish(notice.RecipientId);
        }

        return Result<Guid>.Ok(task.Id);
    }

    public Task<Result> CompleteAsync(Guid taskId, byte[] version, CancellationToken cancellationToken = default) =>
        ChangeAsync(taskId, complete: true, version, cancellationToken);

    public Task<Result> ReopenAsync(Guid taskId, byte[] version, CancellationToken cancellationToken = default) =>
        ChangeAsync(taskId, complete: false, version, cancellationToken);

    private async Task<Result> ChangeAsync(Guid taskId, bool complete, byte[] version,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var task = await db.DealTasks.SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        var deal = task is null
            ? null
            : await db.Deals.Where(d => d.Id == task.DealId)
                .Select(d => new TaskDeal(d.Id, d.WorkspaceId, d.StageId, d.CircleId, d.Name))
                .SingleOrDefaultAsync(cancellationToken);
        if (task is null || deal is null)
        {
            return Result.NotFound(TaskMessages.NotFound);
        }

        if (task.IsOpen == !complete)
        {
            // Already as asked (a double click, or another user first): nothing happened, so nothing to record.
            return Result.Ok();
        }

        if (db.ExpectVersion(task, version, TaskMessages.Conflict) is { } stale)
        {
            return stale;
        }

        var now = Now();
        if (complete)
        {
            task.Complete(user.UserId, now);
            db.Activities.Add(Activity.Record(deal.Id, ActivityKind.TaskCompleted, user.UserId, now,
                $"Task completed: {task.Title}"));
        }
        else
        {
            task.Reopen();
            db.Activities.Add(Activity.Record(deal.Id, ActivityKind.TaskReopened, user.UserId, now,
                $"Task reopened: {task.Title}"));
        }

        var saved = await db.SaveOrConflictAsync(TaskMessages.Conflict, cancellationToken);
        if (!saved.Succeeded)
        {
            return saved;
        }

        await AnnounceAsync(db, deal);
        return Result.Ok();
    }

    private async Task<string> ActorNameAsync(DealDeskDbContext db, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == user.UserId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
        ?? "Someone";

    // With the deal's new health (an overdue task weighs on it), so the pages showing it reload once.
    private Task AnnounceAsync(DealDeskDbContext db, TaskDeal deal) =>
        DealAnnouncements.AnnounceAsync(db, changes, Now(), DealChangeKind.Worked, [deal.Id], user.UserId, log,
            cancellationToken: CancellationToken.None);

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private sealed record TaskDeal(Guid Id, Guid WorkspaceId, Guid StageId, Guid CircleId, string Name);
}
