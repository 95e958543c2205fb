namespace DealDesk.Core.Deals;

/// <summary>Tells open pages that deals changed. In-process for now; a distributed backplane (Redis, SignalR
/// scale-out) can replace the implementation without touching publishers or subscribers.</summary>
public interface IDealChangeFeed
{
    /// <summary>Announces a change to the subscribers of its workspace. Never throws because of a subscriber.</summary>
    void Publish(DealChange change);

    /// <summary>Calls <paramref name="onChange"/> for each change in <paramref name="workspaceId"/> until the
    /// returned handle is disposed. The handler runs on the publisher's thread: marshal to the UI yourself.</summary>
    IDisposable Subscribe(Guid workspaceId, Func<DealChange, Task> onChange);

    /// <summary>Calls <paramref name="onChange"/> for each change in every workspace, for background work that follows
    /// all deals (health recalculation). Pages subscribe per workspace instead.</summary>
    IDisposable SubscribeAll(Func<DealChange, Task> onChange);
}
