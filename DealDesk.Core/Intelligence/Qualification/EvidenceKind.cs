namespace DealDesk.Core.Intelligence.Qualification;

/// <summary>What a piece of evidence is. Stored as its number.</summary>
public enum EvidenceKind
{
    /// <summary>Words a customer said or wrote.</summary>
    Quote = 0,

    /// <summary>Something observed or established.</summary>
    Fact = 1,
}

/// <summary>Where a piece of evidence came from. Stored as its number.</summary>
public enum EvidenceSource
{
    /// <summary>A meeting or call.</summary>
    Interaction = 0,

    /// <summary>An email or message.</summary>
    Communication = 1,

    /// <summary>A note on the deal.</summary>
    Note = 2,

    /// <summary>Entered by hand.</summary>
    Manual = 3,
}
