using DealDesk.Data.Kpis;
using DealDesk.Web.Jobs;
using Microsoft.Extensions.Options;

namespace DealDesk.Web.Jobs;

/// <summary>Records the daily snapshot of every KPI of every workspace (<see cref="KpiSnapshotJob"/>), checking every
/// <see cref="KpiSnapshotSettings.CheckInterval"/> whether today's is done. The job is idempotent per KPI and day, so
/// a restart the same day adds nothing.</summary>
public sealed partial class DailyKpiSnapshot(
    KpiSnapshotJob job,
    IOptions<KpiSnapshotSettings> settings,
    ILogger<DailyKpiSnapshot> log) : PeriodicJob(log)
{
    protected override TimeSpan Interval => settings.Value.CheckInterval;

    protected override TimeSpan FirstRunDelay => settings.Value.FirstRunDelay;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var count = await job.RecordTodayAsync(settings.Value.BatchSize, cancellationToken);
        if (count > 0)
        {
            LogDone(Log, count);
        }
    }

    [LoggerMessage(LogLevel.Information, "Daily KPI snapshot recorded for {Count} KPIs")]
    private static partial void LogDone(ILogger logger, int count);
}
