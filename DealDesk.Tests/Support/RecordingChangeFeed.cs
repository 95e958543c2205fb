using DealDesk.Core.Deals;

namespace DealDesk.Tests.Support;

/// <summary>A change feed that keeps what was published, for asserting on it.</summary>
public sealed class RecordingChangeFeed : IDealChangeFeed
{
    public List<DealChange> Published { get; } = [];

    public void Publish(DealChange change) => Published.Add(change);

    public IDisposable Subscribe(Guid workspaceId, Func<DealChange, Task> onChange) =>
        throw new NotSupportedException("Services publish; pages subscribe.");

    public IDisposable SubscribeAll(Func<DealChange, Task> onChange) =>
        throw new NotSupportedException("Services publish; background work subscribes.");
}
