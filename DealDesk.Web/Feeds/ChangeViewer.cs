using DealDesk.Core.Circles;
using DealDesk.Core.Deals;
using DealDesk.Web.Identity;

namespace DealDesk.Web.Feeds;

/// <summary>The deal changes the signed-in user of this circuit may hear of: those of their workspace, and within it
/// those of deals in their circles (a workspace admin sees every circle). Every page follows the feed through this
/// one gate, so none can forget the circle check. Each page's reloads are coalesced (<see cref="CoalescedRefresh"/>).
/// </summary>
/// <remarks>The user's circles are read once, when the first page of the circuit starts following: a membership
/// granted later is heard after the next page load, one taken away keeps costing at most a reload that shows
/// nothing, since pages read through the user's own queries.</remarks>
public sealed partial class ChangeViewer(IDealChangeFeed feed, CurrentUser user, ICircleAccess circles,
    TimeProvider clock, ILogger<ChangeViewer> log)
{
    private readonly Lock _lock = new();
    private Task<HashSet<Guid>>? _myCircles;

    /// <summary>Calls <paramref name="onChange"/> for each change the user may hear of, cut to their circles, until
    /// the handle is disposed; <c>null</c> when the user has no workspace. Runs on the publisher's thread.</summary>
    public IDisposable? Subscribe(Func<DealChange, Task> onChange)
    {
        ArgumentNullException.ThrowIfNull(onChange);
        if (user.WorkspaceId is not { } workspaceId)
        {
            return null;
        }

        var seesAll = user.IsWorkspaceAdmin;
        var mine = seesAll ? null : MyCircles();
        return feed.Subscribe(workspaceId, async change =>
        {
            var heard = mine is null ? change : change.VisibleTo((await mine).Contains);
            if (heard is not null)
            {
                await onChange(heard);
            }
        });
    }

    /// <summary>Reloads through <paramref name="reload"/>, marshalled by <paramref name="dispatch"/> (the component's
    /// <c>InvokeAsync</c>) and coalesced, for each change the user may hear of that <paramref name="concerns"/> the
    /// component. The handle to dispose with the component; <c>null</c> when there is nothing to follow.</summary>
    public IDisposable? Follow(Func<DealChange, bool> concerns, Func<Func<Task>, Task> dispatch, Func<Task> reload)
    {
        ArgumentNullException.ThrowIfNull(concerns);
        ArgumentNullException.ThrowIfNull(dispatch);
        ArgumentNullException.ThrowIfNull(reload);
        var refresh = Coalesced(dispatch, reload);
        var subscription = Subscribe(change => concerns(change) ? refresh.RequestAsync() : Task.CompletedTask);
        if (subscription is null)
        {
            refresh.Dispose();
            return null;
        }

        return new Following(subscription, refresh);
    }

    /// <summary>A coalesced refresh of one page whose failures are logged, never thrown at a timer.</summary>
    public CoalescedRefresh Coalesced(Func<Func<Task>, Task> dispatch, Func<Task> reload) =>
        new(clock, async () =>
        {
            try
            {
                await dispatch(reload);
            }
            catch (Exception e)
            {
                LogReloadFailed(e);
            }
        });

    private Task<HashSet<Guid>> MyCircles()
    {
        lock (_lock)
        {
            // A failed read is tried again by the next page rather than remembered for the circuit's life.
            if (_myCircles is null || _myCircles.IsFaulted || _myCircles.IsCanceled)
            {
                _myCircles = ReadCirclesAsync();
            }

            return _myCircles;
        }
    }

    private async Task<HashSet<Guid>> ReadCirclesAsync() =>
        [.. (await circles.MyCirclesAsync()).Select(c => c.Id)];

    [LoggerMessage(LogLevel.Warning, "A page failed to reload after a deal change")]
    private partial void LogReloadFailed(Exception exception);

    private sealed class Following(IDisposable subscription, CoalescedRefresh refresh) : IDisposable
    {
        public void Dispose()
        {
            subscription.Dispose();
            refresh.Dispose();
        }
    }
}
