using Microsoft.AspNetCore.Components;

namespace DealDesk.Web.Components.Shared;

/// <summary>How a detail page tells the browser that its record does not exist (or is not the user's to see).</summary>
public static class NotFoundStatus
{
    /// <summary>On the first, prerendered request, answers HTTP 404 with the not-found page, so links checkers,
    /// crawlers and integrators see a missing record as missing, not as a 200. Once interactive, the page shows its
    /// own not-found view and there is no status to set.</summary>
    public static void AnswerNotFound(this NavigationManager navigation, RendererInfo renderer)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        ArgumentNullException.ThrowIfNull(renderer);
        if (!renderer.IsInteractive)
        {
            navigation.NotFound();
        }
    }
}
