namespace DealDesk.Core.Intelligence.Qualification;

/// <summary>How far a MEDDPICC element is known. Stored as its number.</summary>
public enum QualificationStatus
{
    /// <summary>Nothing known yet.</summary>
    Unknown = 0,

    /// <summary>Partly known or not yet verified.</summary>
    Partial = 1,

    /// <summary>Known and confirmed with the customer.</summary>
    Confirmed = 2,
}
