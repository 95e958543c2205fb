using DealDesk.Data.Health;
using Microsoft.Extensions.Options;

namespace DealDesk.Web.Health;

/// <summary>Recalculates every open deal of every workspace once per <see cref="HealthSettings.RecalculationInterval"/>
/// (daily by default), so that scores age with time (days in stage, days since the last activity, a close date
/// passing) even on deals nobody touches. The pass streams in batches (<see cref="DealHealthJob"/>).</summary>
public sealed partial class DailyHealthRecalculation(
    DealHealthJob job,
    IOptions<HealthSettings> settings,
    ILogger<DailyHealthRecalculation> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = settings.Value.RecalculationInterval;
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
            var count = await job.RecalculateAllOpenAsync(settings.Value.BatchSize, cancellationToken);
            LogDone(count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next pass tries again; one failure must not stop the service.
            LogFailed(e);
        }
    }

    [LoggerMessage(LogLevel.Information, "Daily health pass recalculated {Count} open deals")]
    private partial void LogDone(int count);

    [LoggerMessage(LogLevel.Error, "Daily health pass failed")]
    private partial void LogFailed(Exception exception);
}
