using DealDesk.Core.Common;

namespace DealDesk.Core.Deals.Tasks;

/// <summary>A task as listed on the deal page.</summary>
/// <param name="Id">The task.</param>
/// <param name="Title">What to do.</param>
/// <param name="DueOn">When it is due.</param>
/// <param name="AssigneeId">Who should do it.</param>
/// <param name="AssigneeName">Their name.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="CompletedAt">When it was done (UTC); <c>null</c> while open.</param>
/// <param name="Version">The concurrency token a change of the task must carry.</param>
public sealed record TaskItem(Guid Id, string Title, DateOnly? DueOn, Guid? AssigneeId, string? AssigneeName,
    DateTime CreatedAt, DateTime? CompletedAt, byte[] Version)
{
    /// <summary>Not yet done.</summary>
    public bool IsOpen => CompletedAt is null;

    /// <summary>Open and due before <paramref name="today"/>.</summary>
    public bool IsOverdue(DateOnly today) => IsOpen && DueOn < today;
}

/// <summary>Tasks on the current user's deals. A deal the user cannot see is not found; each write adds its
/// timeline entry in the same transaction and is announced as <see cref="Deals.DealChangeKind.Worked"/>.</summary>
public interface IDealTaskService
{
    /// <summary>The deal's tasks: open ones first by due date (undated last), then done ones, latest done first;
    /// <c>null</c> when the deal is not visible.</summary>
    Task<IReadOnlyList<TaskItem>?> ListAsync(Guid dealId, CancellationToken cancellationToken = default);

    /// <summary>Who a task of the deal can be given to: users who can see the deal's circle.</summary>
    Task<IReadOnlyList<NamedOption>> GetAssigneesAsync(Guid dealId, CancellationToken cancellationToken = default);

    /// <summary>Creates an open task; assigning it to someone else notifies them. The new task's id.</summary>
    Task<Result<Guid>> CreateAsync(Guid dealId, TaskDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Marks a task done; completing a done task changes nothing. <see cref="ResultStatus.Conflict"/> (and
    /// nothing written) when the task changed since <paramref name="version"/> (its <see cref="TaskItem.Version"/>)
    /// was read.</summary>
    Task<Result> CompleteAsync(Guid taskId, byte[] version, CancellationToken cancellationToken = default);

    /// <summary>Opens a done task again, with the same version rule as <see cref="CompleteAsync"/>.</summary>
    Task<Result> ReopenAsync(Guid taskId, byte[] version, CancellationToken cancellationToken = default);
}
