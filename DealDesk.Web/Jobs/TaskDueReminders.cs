using DealDesk.Data.Deals.Tasks;
using DealDesk.Web.Jobs;
using Microsoft.Extensions.Options;

namespace DealDesk.Web.Jobs;

/// <summary>Tells assignees that their tasks are due (<see cref="TaskDueJob"/>), checking every
/// <see cref="TaskDueSettings.CheckInterval"/>. The job is idempotent per task and due date, so a restart or a
/// repeated pass tells nobody twice.</summary>
public sealed partial class TaskDueReminders(
    TaskDueJob job,
    IOptions<TaskDueSettings> settings,
    ILogger<TaskDueReminders> log) : PeriodicJob(log)
{
    protected override TimeSpan Interval => settings.Value.CheckInterval;

    protected override TimeSpan FirstRunDelay => settings.Value.FirstRunDelay;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var count = await job.NotifyDueAsync(settings.Value.BatchSize, settings.Value.CatchUpDays, cancellationToken);
        if (count > 0)
        {
            LogDone(Log, count);
        }
    }

    [LoggerMessage(LogLevel.Information, "Task-due notifications sent: {Count}")]
    private static partial void LogDone(ILogger logger, int count);
}
