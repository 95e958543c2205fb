using Microsoft.Extensions.Time.Testing;

namespace DealDesk.Tests.Support;

/// <summary>A clock whose timers fire when the test moves time on (<see cref="FakeTimeProvider.Advance(TimeSpan)"/>),
/// never on their own, so that a test of something that waits steps through the wait instead of sleeping; it also
/// tells how many timers are still waiting to fire.</summary>
public sealed class SteppedTime() : FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero))
{
    private int _pending;

    /// <summary>One-shot timers created and neither fired nor disposed yet.</summary>
    public int PendingTimers => Volatile.Read(ref _pending);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new CountedTimer(this);
        timer.Inner = base.CreateTimer(s => timer.Fire(callback, s), state, dueTime, period);
        return timer;
    }

    private sealed class CountedTimer : ITimer
    {
        private readonly SteppedTime _time;
        private int _done;

        public CountedTimer(SteppedTime time)
        {
            _time = time;
            Interlocked.Increment(ref time._pending);
        }

        public ITimer Inner { get; set; } = null!;

        public void Fire(TimerCallback callback, object? state)
        {
            Done();
            callback(state);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (Interlocked.Exchange(ref _done, 0) == 1)
            {
                Interlocked.Increment(ref _time._pending);
            }

            return Inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            Done();
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private void Done()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                Interlocked.Decrement(ref _time._pending);
            }
        }
    }
}
