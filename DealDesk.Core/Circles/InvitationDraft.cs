namespace DealDesk.Core.Circles;

/// <summary>A new person to give a sign-in and add to a circle.</summary>
public sealed class InvitationDraft
{
    /// <summary>Longest allowed display name (the users table's limit).</summary>
    public const int DisplayNameMaxLength = 200;

    /// <summary>Longest allowed email address (the users table's limit).</summary>
    public const int EmailMaxLength = 256;

    /// <summary>Name shown on deals and in the app bar.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The address they sign in with; unique across DealDesk.</summary>
    public string Email { get; set; } = "";

    /// <summary>Their role in the circle.</summary>
    public CircleRole Role { get; set; } = CircleRole.Member;
}
