namespace DealDesk.Tests.Support;

/// <summary>A clock that says what the test tells it to.</summary>
public sealed class FixedClock(DateTime utcNow) : TimeProvider
{
    public DateTime UtcNow { get; set; } = DateTime.SpecifyKind(utcNow, DateTimeKind.Utc);

    public override DateTimeOffset GetUtcNow() => new(UtcNow);
}
