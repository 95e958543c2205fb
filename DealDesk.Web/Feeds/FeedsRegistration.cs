using DealDesk.Core.Deals;
using DealDesk.Core.Notifications;

namespace DealDesk.Web.Feeds;

/// <summary>Registers the live-update feeds. They pass ids between the circuits of this one process and touch no
/// database, so they belong to the host: Data's services publish through the Core interfaces only, and a scaled-out
/// deployment replaces these two lines with a backplane (ADR 0005).</summary>
public static class FeedsRegistration
{
    /// <summary>Adds the in-process <see cref="IDealChangeFeed"/> and <see cref="INotificationFeed"/>, one each per
    /// process, and the <see cref="ChangeViewer"/> through which a circuit's pages follow deal changes.</summary>
    public static IServiceCollection AddLiveFeeds(this IServiceCollection services)
    {
        services.AddSingleton<IDealChangeFeed, InProcessDealChangeFeed>();
        services.AddSingleton<INotificationFeed, InProcessNotificationFeed>();
        services.AddScoped<ChangeViewer>();
        return services;
    }
}
