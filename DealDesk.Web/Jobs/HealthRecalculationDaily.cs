using DealDesk.Data.Intelligence.Health;
using DealDesk.Web.Jobs;
using Microsoft.Extensions.Options;

namespace DealDesk.Web.Jobs;

/// <summary>Recalculates every open deal of every workspace once per <see cref="HealthSettings.RecalculationInterval"/>
/// (daily by default), so that scores age with time (days in stage, days since the last activity, a close date
/// passing) even on deals nobody touches. The pass streams in batches (<see cref="SystemHealthRecalculation"/>).</summary>
public sealed partial class HealthRecalculationDaily(
    SystemHealthRecalculation job,
    IOptions<HealthSettings> settings,
    TimeProvider clock,
    ILogger<HealthRecalculationDaily> log) : PeriodicJob(log)
{
    protected override TimeSpan Interval => settings.Value.RecalculationInterval;

    protected override TimeSpan FirstRunDelay => settings.Value.FirstRunDelay;

    // A score younger than half an interval is current: the pass 30 s after a start (a restart, or the first start
    // right after seeding scored every deal) then has next to nothing to do, instead of rescoring every deal while the
    // first users sign in; every deal is still rescored at least once per one and a half intervals.
    protected override async Task RunOnceAsync(CancellationToken cancellationToken) =>
        LogDone(Log, await job.RecalculateAllOpenAsync(settings.Value.BatchSize,
            clock.GetUtcNow().UtcDateTime - (settings.Value.RecalculationInterval / 2), cancellationToken));

    [LoggerMessage(LogLevel.Information, "Daily health pass recalculated {Count} open deals")]
    private static partial void LogDone(ILogger logger, int count);
}
