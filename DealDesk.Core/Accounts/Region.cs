namespace DealDesk.Core.Accounts;

/// <summary>Sales region of an account.</summary>
public enum Region
{
    /// <summary>North, Central and South America.</summary>
    Americas = 0,

    /// <summary>Europe, Middle East and Africa.</summary>
    Emea = 1,

    /// <summary>Asia-Pacific.</summary>
    Apac = 2,
}
