using Microsoft.AspNetCore.Components.Server.Circuits;

namespace DealDesk.Tests.Support;

/// <summary>Counts the app's open Blazor circuits, so a test can wait until the server has ended every circuit of
/// the tabs it closed (and so until every component on them was disposed) instead of sleeping.</summary>
public sealed class CircuitCounter : CircuitHandler
{
    private readonly Lock _gate = new();
    private int _open;
    private TaskCompletionSource _allClosed = NewSignal(completed: true);

    /// <summary>Circuits opened and not yet closed.</summary>
    public int Open
    {
        get
        {
            lock (_gate)
            {
                return _open;
            }
        }
    }

    /// <summary>Completes once no circuit is open (at once if none is).</summary>
    public Task AllClosedAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _allClosed.Task.WaitAsync(cancellationToken);
        }
    }

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_open++ == 0)
            {
                _allClosed = NewSignal(completed: false);
            }
        }

        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (--_open == 0)
            {
                _allClosed.TrySetResult();
            }
        }

        return Task.CompletedTask;
    }

    private static TaskCompletionSource NewSignal(bool completed)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            signal.SetResult();
        }

        return signal;
    }
}
