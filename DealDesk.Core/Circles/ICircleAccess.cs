using DealDesk.Core.Common;

namespace DealDesk.Core.Circles;

/// <summary>The one place that decides what the current user may do in a circle, for every circle-owned entity
/// (deals, contacts, KPIs) and for the circle's members. Roles are read from the database on every call so that a
/// role change takes effect on the user's next action, and judged by <see cref="CirclePermissions"/>. Reads need no
/// call: the circle query filter already limits them to the user's circles. Every service write, and every choice
/// of a circle (creating in one, moving into one), calls <see cref="CheckAsync"/> or <see cref="CheckChoiceAsync"/>
/// first, so a page and an API endpoint calling the same service get the same answer. Pages use
/// <see cref="MyCirclesAsync"/> only to hide what the user may not do.</summary>
public interface ICircleAccess
{
    /// <summary>The circles the user sees, by name, with their role in each.</summary>
    Task<IReadOnlyList<MyCircle>> MyCirclesAsync(CancellationToken cancellationToken = default);

    /// <summary>The user's role in <paramref name="circleId"/>; <c>null</c> when they are not a member (or the
    /// circle is not in their workspace).</summary>
    Task<CircleRole?> RoleInAsync(Guid circleId, CancellationToken cancellationToken = default);

    /// <summary><c>null</c> when the user may do <paramref name="action"/> in <paramref name="circleId"/>;
    /// otherwise the failure to return (not found for a circle they cannot see, forbidden for a role too low),
    /// after logging the denial with the user, the action and <paramref name="target"/>.</summary>
    Task<Result?> CheckAsync(Guid circleId, CircleAction action, string target,
        CancellationToken cancellationToken = default);

    /// <summary><see cref="CheckAsync"/> for a circle the user picked in a form's <paramref name="field"/> (a deal's
    /// circle): a circle they are not in is an invalid choice on that field rather than a missing page; a role too
    /// low is still forbidden.</summary>
    /// <remarks>Written here once, over <see cref="CheckAsync"/>, so every implementation answers
    /// alike.</remarks>
    async Task<Result?> CheckChoiceAsync(Guid circleId, CircleAction action, string field, string target,
        CancellationToken cancellationToken = default)
    {
        var refused = await CheckAsync(circleId, action, target, cancellationToken);
        return refused is { Status: ResultStatus.NotFound } ? Result.Invalid(field, CircleMessages.ChooseOneOfYours) : refused;
    }
}
