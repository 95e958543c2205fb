using DealDesk.Core.Common;

namespace DealDesk.Core.Deals.Tasks;

/// <summary>A to-do on a deal ("Send the proposal"). The earliest open task is the deal's next step.</summary>
public sealed class DealTask : Entity, ITenantOwned, IConcurrencyVersioned
{
    /// <summary>Longest allowed title.</summary>
    public const int TitleMaxLength = 300;

    private DealTask()
    {
    }

    /// <summary>Creates an open task on a deal.</summary>
    public DealTask(Guid dealId, string title, DateOnly? dueOn, Guid? assigneeId, Guid? createdBy, DateTime createdAt)
    {
        DealId = Guard.Id(dealId, "Deal");
        Rename(title);
        DueOn = Guard.Date(dueOn, "Due date");
        AssigneeId = assigneeId;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    /// <inheritdoc />
    public Guid WorkspaceId { get; private set; }

    /// <inheritdoc />
    public byte[] Version { get; private set; } = null!;

    /// <summary>The deal the task moves forward.</summary>
    public Guid DealId { get; private set; }

    /// <summary>What to do.</summary>
    public string Title { get; private set; } = "";

    /// <summary>The day it is due; <c>null</c> for no due date.</summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>Who should do it; <c>null</c> when unassigned.</summary>
    public Guid? AssigneeId { get; private set; }

    /// <summary>Who created it; <c>null</c> for automation.</summary>
    public Guid? CreatedBy { get; private set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>When it was completed (UTC); <c>null</c> while open.</summary>
    public DateTime? CompletedAt { get; private set; }

    /// <summary>Who completed it.</summary>
    public Guid? CompletedBy { get; private set; }

    /// <summary>Not yet done.</summary>
    public bool IsOpen => CompletedAt is null;

    /// <summary>Open and due before <paramref name="today"/>.</summary>
    public bool IsOverdue(DateOnly today) => IsOpen && DueOn < today;

    /// <summary>Changes what to do.</summary>
    public void Rename(string title) => Title = Guard.Text(title, TitleMaxLength, "Title");

    /// <summary>Hands the task to someone else, or unassigns it.</summary>
    public void AssignTo(Guid? assigneeId) => AssigneeId = assigneeId;

    /// <summary>Marks the task done; completing a done task changes nothing.</summary>
    public void Complete(Guid? by, DateTime at)
    {
        if (IsOpen)
        {
            CompletedAt = at;
            CompletedBy = by;
        }
    }

    /// <summary>Opens a completed task again.</summary>
    public void Reopen()
    {
        CompletedAt = null;
        CompletedBy = null;
    }
}
