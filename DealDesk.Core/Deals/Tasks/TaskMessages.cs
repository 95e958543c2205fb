
namespace DealDesk.Core.Deals.Tasks;

/// <summary>What users are told about tasks, shared by the services and their tests.</summary>
public static class TaskMessages
{
    /// <summary>The task, or its deal, is missing or hidden.</summary>
    public const string NotFound = "This task no longer exists, or you cannot see its deal.";

    /// <summary>Someone else changed the task after the list was loaded: nothing was written.</summary>
    public const string Conflict = "This task was changed by someone else. The list now shows their change.";

    /// <summary>The chosen assignee could not see the deal.</summary>
    public const string AssigneeCannotSeeDeal = "Choose someone who can see this deal (a member of its circle).";
}
