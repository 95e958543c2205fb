using DealDesk.Core.Common;

namespace DealDesk.Core.Contacts;

/// <summary>Reading the contacts of the current user's circles. Reads see only the circles the user is in (a workspace
/// admin sees all of the workspace's), through the circle query filter: a circle or contact the user is not in reads
/// as empty or missing.</summary>
public interface IContactQueries
{
    /// <summary>One page of the circle's contacts, filtered, sorted and counted in SQL.</summary>
    Task<ContactPage> SearchAsync(ContactSearch search, CancellationToken cancellationToken = default);

    /// <summary>The funnel board: one column per funnel stage (only the stages of <see cref="ContactSearch.FunnelStages"/>
    /// when it names any) with its count and its first <paramref name="perStage"/> contacts, for the search text and
    /// statuses of <paramref name="search"/>.</summary>
    Task<IReadOnlyList<FunnelColumn>> GetFunnelAsync(ContactSearch search, int perStage,
        CancellationToken cancellationToken = default);

    /// <summary>More contacts of one funnel column ("load more"), after the first <paramref name="skip"/>.</summary>
    Task<IReadOnlyList<ContactRow>> GetFunnelCardsAsync(ContactSearch search, FunnelStage stage, int skip, int take,
        CancellationToken cancellationToken = default);

    /// <summary>Every contact matching <paramref name="search"/> in its sort order (paging ignored), read lazily for
    /// a CSV export; refused unless the user may view the circle's contacts.</summary>
    Task<Result<IAsyncEnumerable<ContactRow>>> ExportAsync(ContactSearch search,
        CancellationToken cancellationToken = default);

    /// <summary>One contact; <c>null</c> when it does not exist or is in a circle the user does not see.</summary>
    Task<ContactDetail?> GetAsync(Guid contactId, CancellationToken cancellationToken = default);
}
