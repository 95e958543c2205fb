namespace DealDesk.Core.Contacts;

/// <summary>Where a contact stands in the outreach funnel.</summary>
public enum FunnelStage
{
    /// <summary>Nobody has reached out yet.</summary>
    NeedsOutreach = 0,

    /// <summary>Reached.</summary>
    Contacted = 1,

    /// <summary>A meeting is set.</summary>
    MeetingSet = 2,

    /// <summary>A proposal went out.</summary>
    ProposalSent = 3,

    /// <summary>Negotiating.</summary>
    Negotiation = 4,

    /// <summary>Stuck.</summary>
    Blocked = 5,

    /// <summary>Closed won.</summary>
    ClosedWon = 6,

    /// <summary>Closed lost.</summary>
    ClosedLost = 7,
}
