using DealDesk.Core.Common;

namespace DealDesk.Core.Circles;

/// <summary>Gives a user a role in a circle; being a member is what makes the circle's data visible.</summary>
public sealed class CircleMembership : Entity, ITenantOwned, IAuditable, IConcurrencyVersioned
{
    private CircleMembership()
    {
    }

    /// <summary>Adds <paramref name="userId"/> to <paramref name="circleId"/> with <paramref name="role"/>.</summary>
    public CircleMembership(Guid circleId, Guid userId, CircleRole role)
    {
        CircleId = Guard.Id(circleId, "Circle");
        UserId = Guard.Id(userId, "User");
        Role = role;
    }

    /// <inheritdoc />
    public Guid WorkspaceId { get; private set; }

    /// <inheritdoc />
    public byte[] Version { get; private set; } = null!;

    /// <summary>The circle.</summary>
    public Guid CircleId { get; private set; }

    /// <summary>The member.</summary>
    public Guid UserId { get; private set; }

    /// <summary>The member's role in the circle.</summary>
    public CircleRole Role { get; private set; }

    /// <inheritdoc />
    public DateTime CreatedAt { get; private set; }

    /// <inheritdoc />
    public DateTime UpdatedAt { get; private set; }

    /// <summary>Moderators and admins manage the circle's KPIs, contacts and members.</summary>
    public bool CanManage => Role >= CircleRole.Moderator;

    /// <summary>Changes the member's role.</summary>
    public void ChangeRole(CircleRole role) => Role = role;
}
