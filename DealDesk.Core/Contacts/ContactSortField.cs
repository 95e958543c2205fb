namespace DealDesk.Core.Contacts;

/// <summary>The columns the contact list sorts by.</summary>
public enum ContactSortField
{
    /// <summary>Last time anyone updated the contact or added a note (the default, newest first).</summary>
    LastContact = 0,

    /// <summary>Full name.</summary>
    Name = 1,

    /// <summary>Email.</summary>
    Email = 2,

    /// <summary>Phone number.</summary>
    Phone = 3,

    /// <summary>Company.</summary>
    Company = 4,

    /// <summary>Relationship status, in the order of <see cref="ContactStatus"/>.</summary>
    Status = 5,

    /// <summary>Funnel stage, in the order of <see cref="FunnelStage"/>.</summary>
    FunnelStage = 6,

    /// <summary>When the contact was created.</summary>
    Created = 7,
}
