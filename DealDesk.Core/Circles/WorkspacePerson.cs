namespace DealDesk.Core.Circles;

/// <summary>A user of the workspace, offered when adding a member.</summary>
/// <param name="UserId">The person.</param>
/// <param name="DisplayName">Their name.</param>
/// <param name="Email">Their sign-in address.</param>
public sealed record WorkspacePerson(Guid UserId, string DisplayName, string Email)
{
    /// <summary>How the person shows in a picker.</summary>
    public override string ToString() => $"{DisplayName} ({Email})";
}
