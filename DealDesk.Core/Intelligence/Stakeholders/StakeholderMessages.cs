
namespace DealDesk.Core.Intelligence.Stakeholders;

/// <summary>Messages the stakeholder service returns, shared so the UI and tests speak the same words.</summary>
public static class StakeholderMessages
{
    /// <summary>The deal is gone or hidden from the user.</summary>
    public const string DealNotFound = "This deal does not exist or is not visible to you.";

    /// <summary>The stakeholder is gone or not on this deal's account.</summary>
    public const string NotFound = "This stakeholder does not exist or is not on this deal's account.";

    /// <summary>The contact is gone or hidden from the user.</summary>
    public const string ContactNotFound = "This contact does not exist or is not visible to you.";

    /// <summary>Someone else saved the stakeholder first.</summary>
    public const string Conflict = "Someone else changed this stakeholder in the meantime. Reload and try again.";

    /// <summary>Another stakeholder of the account has the email, ignoring case.</summary>
    public static string EmailTaken(string existingName) =>
        $"{existingName} already has this email on this account's map.";

    /// <summary>Default evidence of a score set by hand.</summary>
    public static string SetBy(string userName) => $"Set by {userName}";
}
