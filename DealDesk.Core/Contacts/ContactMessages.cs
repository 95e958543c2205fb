namespace DealDesk.Core.Contacts;

/// <summary>Messages the contact services return, shared so the UI and tests speak the same words.</summary>
public static class ContactMessages
{
    /// <summary>The contact is gone or in a circle the user does not see.</summary>
    public const string NotFound = "This contact does not exist or is not visible to you.";

    /// <summary>Someone saved the contact since it was loaded.</summary>
    public const string Conflict = "This contact was changed by someone else. Reload it to see their change, then try again.";

    /// <summary>The email is taken in the circle, ignoring case.</summary>
    public static string EmailTaken(string existingName) => $"{existingName} already has this email in this circle.";
}
