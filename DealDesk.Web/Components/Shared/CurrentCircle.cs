using DealDesk.Core.Circles;

namespace DealDesk.Web.Components.Shared;

/// <summary>The circle the contact and KPI pages show, chosen with the switcher in the app bar and remembered for
/// the circuit. The pages also carry it in their URL (<c>?circle=</c>), so a reload or a shared link keeps it.</summary>
/// <remarks>The list of circles and the roles in it are read again on every call, so a membership or role change
/// shows on the user's next action without signing out.</remarks>
public sealed class CurrentCircle(ICircleAccess access)
{
    /// <summary>The circle last chosen in this circuit, if any.</summary>
    public Guid? SelectedId { get; private set; }

    /// <summary>Raised when the user picks another circle.</summary>
    public event Action? Changed;

    /// <summary>Raised when a page shows another circle than the one last chosen (the one its URL names), so that the
    /// switcher shows it too. Pages do not listen: they are the ones showing it.</summary>
    public event Action? Shown;

    /// <summary>The circles the user sees now, with their roles.</summary>
    public Task<IReadOnlyList<MyCircle>> CirclesAsync(CancellationToken cancellationToken = default) =>
        access.MyCirclesAsync(cancellationToken);

    /// <summary>The circle to show: the one asked for (e.g. from the URL) when the user sees it, else the one last
    /// chosen, else the first. Remembers the answer. <c>null</c> when the user is in no circle.</summary>
    public async Task<MyCircle?> ResolveAsync(Guid? requested, CancellationToken cancellationToken = default)
    {
        var circles = await CirclesAsync(cancellationToken);
        var circle = circles.FirstOrDefault(c => c.Id == requested)
            ?? circles.FirstOrDefault(c => c.Id == SelectedId)
            ?? circles.FirstOrDefault();
        var previous = SelectedId;
        SelectedId = circle?.Id ?? SelectedId;
        if (SelectedId != previous)
        {
            Shown?.Invoke();
        }

        return circle;
    }

    /// <summary>Makes <paramref name="circleId"/> the current circle and tells the pages.</summary>
    public void Select(Guid circleId)
    {
        if (SelectedId == circleId)
        {
            return;
        }

        SelectedId = circleId;
        Changed?.Invoke();
    }
}
