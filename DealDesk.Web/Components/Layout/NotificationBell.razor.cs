using DealDesk.Core.Notifications;
using DealDesk.Web.Identity;
using Microsoft.AspNetCore.Components;

namespace DealDesk.Web.Components.Layout;

/// <summary>The bell in the app bar: the signed-in user's unread count, live, and their latest notifications.
/// Clicking one marks it read and opens its page.</summary>
public sealed partial class NotificationBell : IDisposable
{
    /// <summary>How many notifications the menu lists.</summary>
    public const int Shown = 10;

    private IReadOnlyList<NotificationItem> _latest = [];
    private int _unread;
    private IDisposable? _changes;

    [Inject]
    private INotificationService Notifications { get; set; } = null!;

    [Inject]
    private INotificationFeed Feed { get; set; } = null!;

    [Inject]
    private CurrentUser User { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override async Task OnInitializedAsync()
    {
        // Only the interactive render keeps a subscription: the prerender is thrown away at once.
        if (RendererInfo.IsInteractive && User.UserId is { } userId)
        {
            _changes = Feed.Subscribe(userId, () => InvokeAsync(async () =>
            {
                await RefreshAsync();
                StateHasChanged();
            }));
        }

        await RefreshAsync();
    }

    private async Task RefreshAsync()
    {
        _unread = await Notifications.CountUnreadAsync();
        _latest = await Notifications.GetLatestAsync(Shown);
    }

    private async Task OpenChangedAsync(bool open)
    {
        if (open)
        {
            await RefreshAsync();
        }
    }

    private async Task OpenAsync(NotificationItem item)
    {
        await Notifications.MarkReadAsync(item.Id);
        await RefreshAsync();
        if (item.Link is { } link)
        {
            Navigation.NavigateTo(link);
        }
    }

    private async Task MarkAllReadAsync()
    {
        await Notifications.MarkAllReadAsync();
        await RefreshAsync();
    }

    public void Dispose() => _changes?.Dispose();
}
