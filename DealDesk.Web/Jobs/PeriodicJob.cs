namespace DealDesk.Web.Jobs;

/// <summary>A background job that runs once after <see cref="FirstRunDelay"/> and then every <see cref="Interval"/>
/// until the app stops. A failed run is logged and the next one tries again: one bad pass must not stop the service.
/// A zero or negative interval switches the job off.</summary>
public abstract partial class PeriodicJob(ILogger log) : BackgroundService
{
    /// <summary>The job's logger, for what a run reports.</summary>
    protected ILogger Log { get; } = log;

    /// <summary>Time between two runs.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>Wait before the first run, so the app's start is not slowed by it.</summary>
    protected abstract TimeSpan FirstRunDelay { get; }

    /// <summary>One run of the job.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Interval <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await Task.Delay(FirstRunDelay, stoppingToken);
            using var timer = new PeriodicTimer(Interval);
            do
            {
                await RunGuardedAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunGuardedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RunOnceAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(Log, GetType().Name, e);
        }
    }

    [LoggerMessage(LogLevel.Error, "{Job} failed; it runs again at its next interval")]
    private static partial void LogFailed(ILogger logger, string job, Exception exception);
}
