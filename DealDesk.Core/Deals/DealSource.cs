namespace DealDesk.Core.Deals;

/// <summary>How a deal came into DealDesk.</summary>
public enum DealSource
{
    /// <summary>Entered by a user.</summary>
    Manual = 0,

    /// <summary>Brought in by an import or a CRM sync.</summary>
    Imported = 1,

    /// <summary>Created from a lead's positive reply.</summary>
    PositiveReply = 2,

    /// <summary>Detected by the opportunity analyser.</summary>
    AgentDetected = 3,
}
