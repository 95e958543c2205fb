namespace DealDesk.Core.Deals;

/// <summary>One page of the deal table.</summary>
/// <param name="Rows">The rows of the page.</param>
/// <param name="TotalCount">Rows matching the search and filters across all pages.</param>
public sealed record DealPage(IReadOnlyList<DealRow> Rows, int TotalCount);
