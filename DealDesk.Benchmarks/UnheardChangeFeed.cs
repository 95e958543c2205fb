using DealDesk.Core.Deals;

namespace DealDesk.Benchmarks;

/// <summary>A deal change feed nobody listens to, as the web host's in-process feed is when no page is open: the
/// benchmarks reference Data only, and the feed lives in Web because it touches no database.</summary>
internal sealed class UnheardChangeFeed : IDealChangeFeed
{
    public void Publish(DealChange change)
    {
    }

    public IDisposable Subscribe(Guid workspaceId, Func<DealChange, Task> onChange) => Unsubscribed.Instance;

    public IDisposable SubscribeAll(Func<DealChange, Task> onChange) => Unsubscribed.Instance;

    private sealed class Unsubscribed : IDisposable
    {
        public static readonly Unsubscribed Instance = new();

        public void Dispose()
        {
        }
    }
}
