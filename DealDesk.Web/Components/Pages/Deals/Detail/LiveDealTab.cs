using DealDesk.Core.Deals;
using DealDesk.Web.Feeds;
using Microsoft.AspNetCore.Components;

namespace DealDesk.Web.Components.Pages.Deals.Detail;

/// <summary>A tab of the deal page that stays live: it follows the changes its user may hear of from its first
/// render until it is disposed, and reloads when a change concerns its deal, whoever made it and from wherever. The
/// page re-renders its tabs on every change of the deal; a tab reloads through this subscription, not through its
/// parameters.</summary>
public abstract class LiveDealTab : ComponentBase, IDisposable
{
    private IDisposable? _changes;

    [Inject]
    private ChangeViewer Changes { get; set; } = null!;

    /// <summary>The deal shown.</summary>
    [Parameter, EditorRequired]
    public Guid DealId { get; set; }

    /// <summary>Stops following the feed.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Whether <paramref name="change"/> calls for a reload; any change of the deal unless a tab says
    /// otherwise.</summary>
    protected virtual bool Concerns(DealChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Touches(DealId);
    }

    /// <summary>Reloads the tab after a change that <see cref="Concerns"/> it, on the renderer, and renders it.
    /// </summary>
    protected abstract Task OnDealChangedAsync();

    /// <inheritdoc />
    protected override void OnInitialized() =>
        _changes = Changes.Follow(Concerns, InvokeAsync, OnDealChangedAsync);

    /// <summary>Stops following the feed when <paramref name="disposing"/>.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _changes?.Dispose();
        }
    }
}
