namespace DealDesk.Core.Intelligence.Qualification;

/// <summary>Messages the qualification service returns, shared so the UI and tests speak the same words.</summary>
public static class QualificationMessages
{
    /// <summary>Someone else assessed the element after the editor loaded it: nothing was written.</summary>
    public const string ElementConflict =
        "This element was changed by someone else. Reload it to see their change, then try again.";
}
