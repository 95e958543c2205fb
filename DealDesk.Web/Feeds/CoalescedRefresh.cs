namespace DealDesk.Web.Feeds;

/// <summary>Runs a page's refresh at most once per <see cref="Window"/>: the first request runs at once, requests
/// during a refresh or within the window after its start collapse into one trailing refresh at the window's end. So a
/// burst of changes costs a page two reloads, and a lone change costs one without delay.</summary>
/// <remarks>Time comes from the <see cref="TimeProvider"/> (its timers included), so a test steps through the window
/// instead of waiting.</remarks>
public sealed class CoalescedRefresh(TimeProvider clock, Func<Task> refresh) : IDisposable
{
    /// <summary>Shortest time between the starts of two refreshes.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(500);

    private readonly Lock _lock = new();
    private DateTimeOffset? _lastStart;
    private bool _running;
    private bool _pending;
    private ITimer? _timer;
    private bool _disposed;

    /// <summary>Asks for a refresh. The task completes when a refresh started by this request finished, or at once
    /// when the request joined one still to come.</summary>
    public Task RequestAsync()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return Task.CompletedTask;
            }

            if (_running || _timer is not null)
            {
                _pending = true;
                return Task.CompletedTask;
            }

            var wait = WaitLeft();
            if (wait > TimeSpan.Zero)
            {
                _pending = true;
                Schedule(wait);
                return Task.CompletedTask;
            }

            Start();
        }

        return RunAsync();
    }

    private TimeSpan WaitLeft() =>
        _lastStart is { } last ? last + Window - clock.GetUtcNow() : TimeSpan.Zero;

    private void Start()
    {
        _lastStart = clock.GetUtcNow();
        _running = true;
        _pending = false;
    }

    private void Schedule(TimeSpan wait) =>
        _timer = clock.CreateTimer(_ => OnTimer(), null, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);

    private void OnTimer()
    {
        lock (_lock)
        {
            _timer?.Dispose();
            _timer = null;
            if (_disposed || !_pending)
            {
                return;
            }

            Start();
        }

        _ = RunAsync();
    }

    private async Task RunAsync()
    {
        try
        {
            await refresh();
        }
        finally
        {
            lock (_lock)
            {
                _running = false;
                if (_pending && !_disposed && _timer is null)
                {
                    // Changes came in while reading: one more refresh, once the window since this one's start is over.
                    Schedule(WaitLeft());
                }
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _timer?.Dispose();
            _timer = null;
        }
    }
}
