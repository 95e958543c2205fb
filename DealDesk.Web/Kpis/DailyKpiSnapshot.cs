using DealDesk.Data.Kpis;
using Microsoft.Extensions.Options;

namespace DealDesk.Web.Kpis;

/// <summary>Records the daily snapshot of every KPI of every workspace (<see cref="KpiSnapshotJob"/>), checking every
/// <see cref="KpiSnapshotSettings.CheckInterval"/> whether today's is done. The job is idempotent per KPI and day, so
/// a restart the same day adds nothing.</summary>
public sealed partial class DailyKpiSnapshot(
    KpiSnapshotJob job,
    IOptions<KpiSnapshotSettings> settings,
    ILogger<DailyKpiSnapshot> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = settings.Value.CheckInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await Task.Delay(settings.Value.FirstRunDelay, stoppingToken);
            using var timer = new PeriodicTimer(interval);
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var count = await job.RecordTodayAsync(settings.Value.BatchSize, cancellationToken);
            if (count > 0)
            {
                LogDone(count);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next check tries again; one failure must not stop the service.
            LogFailed(e);
        }
    }

    [LoggerMessage(LogLevel.Information, "Daily KPI snapshot recorded for {Count} KPIs")]
    private partial void LogDone(int count);

    [LoggerMessage(LogLevel.Error, "Daily KPI snapshot failed")]
    private partial void LogFailed(Exception exception);
}
