using DealDesk.Core.Deals;
using DealDesk.Web.Feeds;

namespace DealDesk.Web.Components.Pages.Deals;

/// <summary>How the deal table stays live: it follows the changes its user may hear of and reloads, coalesced, only
/// for one that touches the page on screen (a row of it, its filter's total, or the order across it), judged by
/// <see cref="DealViewImpact"/> from the facts the change carries.</summary>
public sealed class LiveDealTable : IDisposable
{
    private readonly IDisposable? _following;

    // Written by the renderer after each read, read by the feed's thread: a reference swap, no lock needed.
    private volatile ShownDealPage? _shown;

    /// <summary>Starts following for a table that reloads through <paramref name="reload"/>, marshalled by
    /// <paramref name="dispatch"/> (the component's <c>InvokeAsync</c>).</summary>
    public LiveDealTable(ChangeViewer viewer, Func<Func<Task>, Task> dispatch, Func<Task> reload)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        _following = viewer.Follow(Concerns, dispatch, reload);
    }

    /// <summary>Records the page the table now shows: <paramref name="rows"/>, read with <paramref name="view"/>.
    /// </summary>
    public void Shows(DealSearch view, IReadOnlyList<DealRow> rows) => _shown = new ShownDealPage(view, rows);

    /// <summary>Whether <paramref name="change"/> calls for a reload of what is shown (always, before the first read).
    /// </summary>
    public bool Concerns(DealChange change) => _shown is not { } shown || DealViewImpact.Affects(shown, change);

    public void Dispose() => _following?.Dispose();
}
