using DealDesk.Data.Health;
using DealDesk.Web.Jobs;
using Microsoft.Extensions.Options;

namespace DealDesk.Web.Health;

/// <summary>Recalculates every open deal of every workspace once per <see cref="HealthSettings.RecalculationInterval"/>
/// (daily by default), so that scores age with time (days in stage, days since the last activity, a close date
/// passing) even on deals nobody touches. The pass streams in batches (<see cref="DealHealthJob"/>).</summary>
public sealed partial class DailyHealthRecalculation(
    DealHealthJob job,
    IOptions<HealthSettings> settings,
    ILogger<DailyHealthRecalculation> log) : PeriodicJob(log)
{
    protected override TimeSpan Interval => settings.Value.RecalculationInterval;

    protected override TimeSpan FirstRunDelay => settings.Value.FirstRunDelay;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken) =>
        LogDone(Log, await job.RecalculateAllOpenAsync(settings.Value.BatchSize, cancellationToken));

    [LoggerMessage(LogLevel.Information, "Daily health pass recalculated {Count} open deals")]
    private static partial void LogDone(ILogger logger, int count);
}
