namespace DealDesk.Core.Accounts;

/// <summary>Segment of a customer company.</summary>
public enum AccountSize
{
    /// <summary>Small and medium business.</summary>
    Smb = 0,

    /// <summary>Mid-market.</summary>
    MidMarket = 1,

    /// <summary>Enterprise.</summary>
    Enterprise = 2,
}
