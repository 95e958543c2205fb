namespace DealDesk.Core.Deals;

/// <summary>Read-side queries over the deals the current user can see.</summary>
public interface IDealQueries
{
    /// <summary>The most valuable open deals, largest first: page 1 of the open pipeline sorted by value.</summary>
    Task<IReadOnlyList<DealListItem>> GetLargestOpenDealsAsync(int count, CancellationToken cancellationToken = default);
}
