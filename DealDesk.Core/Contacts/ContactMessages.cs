namespace DealDesk.Core.Contacts;

/// <summary>Messages the contact services return, shared so the UI and tests speak the same words.</summary>
public static class ContactMessages
{
    /// <summary>The contact is gone or in a circle the user does not see.</summary>
    public const string NotFound = "This contact does not exist or is not visible to you.";

    /// <summary>Someone saved the contact since it was loaded.</summary>
    public const string Conflict = "This contact was changed by someone else. Reload it to see their change, then try again.";

    /// <summary>An empty note.</summary>
    public const string NoteRequired = "Write something before adding the note.";

    /// <summary>A note over <see cref="ContactNote.TextMaxLength"/> characters.</summary>
    public static readonly string NoteTooLong = $"A note must be at most {ContactNote.TextMaxLength:N0} characters.";

    /// <summary>"Create deal from this lead" on a contact without a company: a deal needs an account.</summary>
    public const string CompanyRequiredForDeal =
        "Add the contact's company first: the deal is created for the account of that company.";

    /// <summary>The workspace's pipeline has no open stage to put the new deal in.</summary>
    public const string NoOpenStage = "The pipeline has no open stage to start the deal in. Ask a workspace admin to add one.";

    /// <summary>The email is taken in the circle, ignoring case.</summary>
    public static string EmailTaken(string existingName) => $"{existingName} already has this email in this circle.";
}
