using DealDesk.Core.Common;

namespace DealDesk.Core.Circles;

/// <summary>The current user's roles in circles, read from the database on every call so that a role change takes
/// effect on the user's next action. Services call <see cref="CheckAsync"/> before every circle write; pages use
/// <see cref="MyCirclesAsync"/> to hide what the user may not do.</summary>
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
}
