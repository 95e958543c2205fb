namespace DealDesk.Core.Accounts;

/// <summary>A column the account list can be sorted by; the service sorts in SQL, then by name and id.</summary>
public enum AccountSortField
{
    /// <summary>By name, ignoring case (the default).</summary>
    Name,

    /// <summary>By industry; accounts without one come first when ascending.</summary>
    Industry,

    /// <summary>By size, small businesses first when ascending.</summary>
    Size,

    /// <summary>By the number of deals the user can see.</summary>
    DealCount,

    /// <summary>By the number of open deals the user can see.</summary>
    OpenDealCount,

    /// <summary>By the value of the open deals the user can see.</summary>
    OpenValue,
}

/// <summary>The order of the account list.</summary>
/// <param name="Field">The column.</param>
/// <param name="Descending">Largest (or last) first.</param>
public sealed record AccountSort(AccountSortField Field = AccountSortField.Name, bool Descending = false)
{
    /// <summary>By name, A to Z.</summary>
    public static AccountSort Default { get; } = new();
}
