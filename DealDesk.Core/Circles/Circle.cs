using DealDesk.Core.Common;

namespace DealDesk.Core.Circles;

/// <summary>A team inside a workspace. Deals, contacts and KPIs belong to a circle.</summary>
public sealed class Circle : Entity, ITenantOwned, IAuditable
{
    /// <summary>Longest allowed circle name.</summary>
    public const int NameMaxLength = 200;

    private Circle()
    {
    }

    /// <summary>Creates a circle.</summary>
    public Circle(string name, string? description = null)
    {
        Name = Guard.Text(name, NameMaxLength, "Circle name");
        Description = Guard.OptionalText(description, 1000, "Description");
    }

    /// <inheritdoc />
    public Guid WorkspaceId { get; private set; }

    /// <summary>Team name, unique in the workspace.</summary>
    public string Name { get; private set; } = "";

    /// <summary>What the team is for.</summary>
    public string? Description { get; private set; }

    /// <inheritdoc />
    public DateTime CreatedAt { get; private set; }

    /// <inheritdoc />
    public DateTime UpdatedAt { get; private set; }
}
