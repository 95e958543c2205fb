using DealDesk.Core.Deals;
using DealDesk.Web.Identity;

namespace DealDesk.Web.Components.Pages.Deals;

/// <summary>How a deal page or tab stays live: it follows the change feed of the signed-in user's workspace, and each
/// change that concerns it (another user's, or this user's from another tab) reloads it on its renderer.</summary>
public static class DealChangeSubscription
{
    /// <summary>Reloads through <paramref name="reload"/>, marshalled by <paramref name="dispatch"/> (the component's
    /// <c>InvokeAsync</c>, because the feed calls on the publisher's thread), for each change in
    /// <paramref name="user"/>'s workspace that <paramref name="concerns"/> the component. The handle to dispose with
    /// the component; <c>null</c> when the user has no workspace, so there is nothing to follow.</summary>
    public static IDisposable? FollowForUser(this IDealChangeFeed feed, CurrentUser user,
        Func<DealChange, bool> concerns, Func<Func<Task>, Task> dispatch, Func<Task> reload)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(concerns);
        ArgumentNullException.ThrowIfNull(dispatch);
        ArgumentNullException.ThrowIfNull(reload);
        return user.WorkspaceId is { } workspaceId
            ? feed.Subscribe(workspaceId, change => concerns(change) ? dispatch(reload) : Task.CompletedTask)
            : null;
    }
}
