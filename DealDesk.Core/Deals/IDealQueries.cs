namespace DealDesk.Core.Deals;

/// <summary>Read-side queries over the deals the current user can see.</summary>
public interface IDealQueries
{
    /// <summary>The most valuable open deals, largest first: page 1 of the open pipeline sorted by value.</summary>
    Task<IReadOnlyList<DealListItem>> GetLargestOpenDealsAsync(int count, CancellationToken cancellationToken = default);

    /// <summary>One page of the deal table, filtered, sorted and counted in SQL.</summary>
    Task<DealPage> SearchAsync(DealSearch search, CancellationToken cancellationToken = default);

    /// <summary>One deal as a table row; <c>null</c> when it does not exist or is hidden from the user.</summary>
    Task<DealRow?> GetRowAsync(Guid dealId, CancellationToken cancellationToken = default);
}
