namespace DealDesk.Core.Contacts;

/// <summary>The relationship a contact has with the team.</summary>
public enum ContactStatus
{
    /// <summary>Not yet qualified.</summary>
    Lead = 0,

    /// <summary>Qualified, being worked.</summary>
    Prospect = 1,

    /// <summary>Buys from us.</summary>
    Customer = 2,

    /// <summary>Works with us.</summary>
    Partner = 3,
}
