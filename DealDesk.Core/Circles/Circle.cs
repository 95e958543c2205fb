using DealDesk.Core.Common;

namespace DealDesk.Core.Circles;

/// <summary>A team inside a workspace. Deals, contacts and KPIs belong to a circle.</summary>
public sealed class Circle : Entity, ITenantOwned, IAuditable, IConcurrencyVersioned
{
    /// <summary>Longest allowed circle name.</summary>
    public const int NameMaxLength = 200;

    /// <summary>Longest allowed description.</summary>
    public const int DescriptionMaxLength = 1000;

    private Circle()
    {
    }

    /// <summary>Creates a circle.</summary>
    public Circle(string name, string? description = null)
    {
        Rename(name);
        Describe(description);
    }

    /// <inheritdoc />
    public Guid WorkspaceId { get; private set; }

    /// <inheritdoc />
    public byte[] Version { get; private set; } = null!;

    /// <summary>Team name, unique in the workspace.</summary>
    public string Name { get; private set; } = "";

    /// <summary>What the team is for.</summary>
    public string? Description { get; private set; }

    /// <inheritdoc />
    public DateTime CreatedAt { get; private set; }

    /// <inheritdoc />
    public DateTime UpdatedAt { get; private set; }

    /// <summary>Gives the circle a new name (trimmed); uniqueness in the workspace is the service's to check.</summary>
    public void Rename(string name) => Name = Guard.Text(name, NameMaxLength, "Circle name");

    /// <summary>Replaces the description; blank clears it.</summary>
    public void Describe(string? description) =>
        Description = Guard.OptionalMultilineText(description, DescriptionMaxLength, "Description");
}
