namespace DealDesk.Core.Circles;

/// <summary>The fields a workspace admin fills in to create a circle or to rename it and change its description.</summary>
public sealed class CircleDraft
{
    /// <summary>Team name, unique in the workspace ignoring case.</summary>
    public string Name { get; set; } = "";

    /// <summary>What the team is for; optional.</summary>
    public string? Description { get; set; }

    /// <summary>Concurrency token of the circle as it was loaded for editing; <c>null</c> for a new circle.</summary>
    public byte[]? Version { get; set; }
}
