namespace DealDesk.Core.Plans;

/// <summary>Messages of the plan services and validators, shared so the UI and tests speak the same words.</summary>
public static class PlanMessages
{
    /// <summary>Longest text of a list item (an action item, a key event, a channel).</summary>
    public const int ItemMaxLength = 500;

    /// <summary>The deal is gone or hidden from the user.</summary>
    public const string DealNotFound = "This deal does not exist or is not visible to you.";

    /// <summary>The account is gone or in another workspace.</summary>
    public const string AccountNotFound = "This account does not exist or is not visible to you.";

    /// <summary>The version asked for was never saved.</summary>
    public const string VersionNotFound = "This plan has no such version.";

    /// <summary>Someone saved a newer version since this one was loaded.</summary>
    public const string Conflict =
        "Someone saved a newer version of this plan while you were editing. Reload it and apply your changes again.";

    /// <summary>A list is over its limit.</summary>
    public static string AtMost(int limit, string what) => $"At most {limit} {what}.";

    /// <summary>A text is over its limit.</summary>
    public static string TooLong(string what, int limit) => $"{what} must be at most {limit} characters.";

    /// <summary>The timeline entry of a save.</summary>
    public static string Saved(int number) => $"Plan version {number} saved";
}
