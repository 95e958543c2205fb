using DealDesk.Data.Deals.Tasks;

namespace DealDesk.Web.Jobs;

/// <summary>The <c>TaskReminders</c> section of appsettings.json: when assignees are told that a task is due.</summary>
public sealed class TaskDueSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "TaskReminders";

    /// <summary>How often the job looks for tasks that fell due; zero or less turns the reminders off. A pass that finds
    /// nothing new costs one query per workspace, and a task is never announced twice for the same due date.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Wait after start-up before the first pass, so it does not compete with the first page loads.</summary>
    public TimeSpan FirstRunDelay { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>Tasks read and written per batch.</summary>
    public int BatchSize { get; set; } = Data.Deals.Tasks.TaskDueJob.DefaultBatchSize;

    /// <summary>How many days back a due date the app was not running for is still announced.</summary>
    public int CatchUpDays { get; set; } = Data.Deals.Tasks.TaskDueJob.DefaultCatchUpDays;
}
