namespace DealDesk.Core.Circles;

/// <summary>A person just given a sign-in and added to a circle. <see cref="TemporaryPassword"/> exists only in this
/// object: it is shown to the inviting user once and stored nowhere but as a hash.</summary>
public sealed class InvitedPerson(Guid userId, string email, string temporaryPassword)
{
    /// <summary>The new user.</summary>
    public Guid UserId { get; } = userId;

    /// <summary>The address they sign in with.</summary>
    public string Email { get; } = email;

    /// <summary>The password to hand them, in clear, once.</summary>
    public string TemporaryPassword { get; } = temporaryPassword;

    /// <summary>The person without their password, so that a log or a debugger line never shows it.</summary>
    public override string ToString() => $"Invited user {UserId}";
}
