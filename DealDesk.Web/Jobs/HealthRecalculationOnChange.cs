using System.Collections.Concurrent;
using System.Threading.Channels;
using DealDesk.Core.Deals;
using DealDesk.Data.Intelligence.Health;
using Microsoft.Extensions.Options;

namespace DealDesk.Web.Jobs;

/// <summary>Recalculates the health of every deal that changes, in any workspace, shortly after the change. Changes
/// arriving while a deal waits are coalesced into one recalculation; its own <see cref="DealChangeKind.Rescored"/>
/// announcements are ignored, so a recalculation never triggers another.</summary>
public sealed partial class HealthRecalculationOnChange(
    IDealChangeFeed feed,
    SystemHealthRecalculation job,
    IOptions<HealthSettings> settings,
    ILogger<HealthRecalculationOnChange> log) : BackgroundService
{
    // Deal id → its workspace: a deal appears once however often it changed since the last drain.
    private readonly ConcurrentDictionary<Guid, Guid> _pending = new();
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private IDisposable? _subscription;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribed here rather than in ExecuteAsync, which runs on the thread pool: a change published between
        // the host's start and the loop's first step would otherwise be missed.
        _subscription = feed.SubscribeAll(OnChange);
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _subscription?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _wake.Reader.WaitToReadAsync(stoppingToken))
            {
                _wake.Reader.TryRead(out _);
                await Task.Delay(settings.Value.CoalesceWindow, stoppingToken);
                await DrainAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what is pending is picked up by the next daily pass.
        }
    }

    private Task OnChange(DealChange change)
    {
        // A writer that recalculated with its change (HealthIncluded) leaves nothing to do here.
        if (change.Kind != DealChangeKind.Rescored && !change.HealthIncluded)
        {
            _pending[change.DealId] = change.WorkspaceId;
            _wake.Writer.TryWrite(true);
        }

        return Task.CompletedTask;
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        var taken = new List<KeyValuePair<Guid, Guid>>();
        foreach (var dealId in _pending.Keys)
        {
            if (_pending.TryRemove(dealId, out var workspaceId))
            {
                taken.Add(new(dealId, workspaceId));
            }
        }

        foreach (var workspace in taken.GroupBy(p => p.Value, p => p.Key))
        {
            try
            {
                await job.RecalculateAsync(workspace.Key, workspace.ToList(), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e, workspace.Count(), workspace.Key);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Health recalculation of {Count} changed deals of workspace {WorkspaceId} failed")]
    private partial void LogFailed(Exception exception, int count, Guid workspaceId);
}
