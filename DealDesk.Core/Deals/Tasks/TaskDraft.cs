using DealDesk.Core.Common;
using FluentValidation;

namespace DealDesk.Core.Deals.Tasks;

/// <summary>A task being created or edited, bound to the add-task form.</summary>
public sealed class TaskDraft
{
    /// <summary>What to do.</summary>
    public string Title { get; set; } = "";

    /// <summary>The day it is due; none for no due date.</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>Who should do it; none for unassigned.</summary>
    public Guid? AssigneeId { get; set; }
}

/// <summary>The rules of a task's fields, shared by the form and the service. That the assignee can see the deal
/// needs the database and is checked by the service.</summary>
public sealed class TaskDraftValidator : AbstractValidator<TaskDraft>
{
    /// <summary>Creates the rules.</summary>
    public TaskDraftValidator()
    {
        RuleFor(t => t.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Title is required.")
            .MaximumLength(DealTask.TitleMaxLength)
            .WithMessage($"Title must be at most {DealTask.TitleMaxLength} characters.");
        RuleFor(t => t.DueOn).WithinDateBounds("Due date");
    }
}
