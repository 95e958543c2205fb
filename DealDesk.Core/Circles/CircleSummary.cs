namespace DealDesk.Core.Circles;

/// <summary>A circle on the circles list.</summary>
/// <param name="Id">The circle.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">What it is for.</param>
/// <param name="MemberCount">How many people are members.</param>
/// <param name="MyRole">The role the user acts in there (workspace admins act as admins everywhere).</param>
/// <param name="IsMember">Whether the user is a member, rather than a workspace admin looking in.</param>
/// <param name="Version">The circle's version as listed, which a rename from the list must carry.</param>
public sealed record CircleSummary(
    Guid Id, string Name, string? Description, int MemberCount, CircleRole MyRole, bool IsMember, byte[]? Version);
