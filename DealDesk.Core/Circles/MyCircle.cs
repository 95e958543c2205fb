namespace DealDesk.Core.Circles;

/// <summary>A circle the current user sees, with the role they act in there (workspace admins act as admins of
/// every circle of their workspace).</summary>
/// <param name="Id">The circle.</param>
/// <param name="Name">Its name.</param>
/// <param name="Role">The user's role in it.</param>
public sealed record MyCircle(Guid Id, string Name, CircleRole Role)
{
    /// <summary>Whether the user may do <paramref name="action"/> in this circle.</summary>
    public bool Allows(CircleAction action) => CirclePermissions.Allows(Role, action);
}
