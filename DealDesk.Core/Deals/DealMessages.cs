namespace DealDesk.Core.Deals;

/// <summary>Messages the deal services return, shared so the UI and tests speak the same words.</summary>
public static class DealMessages
{
    /// <summary>A save lost a race with someone else's.</summary>
    public const string Conflict = "This deal was changed by someone else — reload to see their changes.";

    /// <summary>The deal is gone or hidden.</summary>
    public const string NotFound = "This deal does not exist or is not visible to you.";

    /// <summary>Entering a lost stage without saying why.</summary>
    public const string LostReasonRequired = "Say why the deal was lost.";

    /// <summary>A lost reason longer than <see cref="Deal.LostReasonMaxLength"/>.</summary>
    public static readonly string LostReasonTooLong = $"Lost reason must be at most {Deal.LostReasonMaxLength} characters.";
}
