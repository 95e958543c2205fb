namespace DealDesk.Core.Accounts;

/// <summary>Messages the account service returns, shared so the UI and tests speak the same words.</summary>
public static class AccountMessages
{
    /// <summary>The account is gone or in another workspace.</summary>
    public const string NotFound = "This account does not exist or is not visible to you.";

    /// <summary>Someone else saved the account after the user loaded it: nothing was written.</summary>
    public const string Conflict =
        "This account was changed by someone else. Reload it to see their change, then try again.";

    /// <summary>The name is taken in the workspace, ignoring case and surrounding spaces.</summary>
    public static string NameTaken(string existingName) => $"An account named “{existingName}” already exists.";
}
