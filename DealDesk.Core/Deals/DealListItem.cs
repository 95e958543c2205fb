namespace DealDesk.Core.Deals;

/// <summary>A deal as a row of a list.</summary>
/// <param name="Id">The deal.</param>
/// <param name="Name">Its name.</param>
/// <param name="AccountName">The customer.</param>
/// <param name="StageName">Its current stage.</param>
/// <param name="Value">Its value.</param>
/// <param name="Currency">Currency of <paramref name="Value"/>.</param>
/// <param name="OwnerName">The rep, or <c>null</c> when unassigned.</param>
/// <param name="ExpectedCloseDate">When it should close.</param>
public sealed record DealListItem(
    Guid Id,
    string Name,
    string AccountName,
    string StageName,
    decimal Value,
    string Currency,
    string? OwnerName,
    DateOnly? ExpectedCloseDate);
