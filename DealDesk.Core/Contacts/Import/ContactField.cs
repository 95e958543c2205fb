namespace DealDesk.Core.Contacts.Import;

/// <summary>The contact field a CSV column is imported into.</summary>
public enum ContactField
{
    /// <summary>The column is not imported.</summary>
    Ignore = 0,

    /// <summary><see cref="Contact.Name"/> (required).</summary>
    Name = 1,

    /// <summary><see cref="Contact.Email"/> (required).</summary>
    Email = 2,

    /// <summary><see cref="Contact.Phone"/>.</summary>
    Phone = 3,

    /// <summary><see cref="Contact.Company"/>.</summary>
    Company = 4,

    /// <summary><see cref="Contact.Status"/>, written as lead, prospect, customer or partner.</summary>
    Status = 5,

    /// <summary><see cref="Contact.FunnelStage"/>, written as e.g. needs_outreach or "Meeting set".</summary>
    FunnelStage = 6,

    /// <summary>The first (given) name: joined with <see cref="LastName"/> into <see cref="Contact.Name"/>, as exports of
    /// address books and CRMs split the name in two.</summary>
    FirstName = 7,

    /// <summary>The last (family) name: joined after <see cref="FirstName"/> into <see cref="Contact.Name"/>.</summary>
    LastName = 8,
}
