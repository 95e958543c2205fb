using System.Runtime.CompilerServices;
using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Core.Contacts;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Contacts;

/// <summary>The contact reads. The circle filter already limits them to the user's circles, so a circle or contact
/// the user is not in reads as empty or missing; only the export asks <see cref="ICircleAccess"/>, to log and refuse
/// a circle the user does not see rather than stream nothing.</summary>
internal sealed class ContactQueries(IDbContextFactory<DealDeskDbContext> contexts, ICircleAccess access)
    : IContactQueries
{
    public async Task<ContactPage> SearchAsync(ContactSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The count and the page share one connection instead of opening one each.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var contacts = ContactFilters.Filter(db, search);
        var total = await contacts.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(search.PageSize, 1, ContactSearch.MaxPageSize);
        var skip = (long)Math.Max(0, search.Page) * pageSize;
        if (skip >= total)
        {
            return new ContactPage([], total);
        }

        var rows = await PageQuery(db, contacts, search, skip, pageSize, total).ToListAsync(cancellationToken);
        return new ContactPage(rows, total);
    }

    public async Task<IReadOnlyList<FunnelColumn>> GetFunnelAsync(ContactSearch search, int perStage,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contacts = ContactFilters.Filter(db, search, withFunnelStages: false);
        // One GROUP BY for every column's count; then each column's first cards.
        var counts = await contacts.GroupBy(c => c.FunnelStage)
            .Select(g => new { Stage = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Stage, g => g.Count, cancellationToken);
        var stages = search.FunnelStages.Count > 0
            ? Enum.GetValues<FunnelStage>().Where(search.FunnelStages.Contains)
            : Enum.GetValues<FunnelStage>();
        var take = Math.Clamp(perStage, 1, ContactSearch.MaxPageSize);
        var columns = new List<FunnelColumn>();
        foreach (var stage in stages)
        {
            var count = counts.GetValueOrDefault(stage);
            IReadOnlyList<ContactRow> cards = count == 0
                ? []
                : await FunnelCards(contacts, stage).Take(take).ToListAsync(cancellationToken);
            columns.Add(new FunnelColumn(stage, count, cards));
        }

        return columns;
    }

    public async Task<IReadOnlyList<ContactRow>> GetFunnelCardsAsync(ContactSearch search, FunnelStage stage, int skip,
        int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FunnelCards(ContactFilters.Filter(db, search, withFunnelStages: false), stage)
            .Skip(Math.Max(0, skip))
            .Take(Math.Clamp(take, 1, ContactSearch.MaxPageSize))
            .ToListAsync(cancellationToken);
    }

    public async Task<Result<IAsyncEnumerable<ContactRow>>> ExportAsync(ContactSearch search,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (await access.CheckAsync(search.CircleId, CircleAction.ViewContacts, "contacts export", cancellationToken)
            is { } refused)
        {
            return refused;
        }

        return Result<IAsyncEnumerable<ContactRow>>.Ok(StreamAsync(search, cancellationToken));
    }

    public async Task<ContactDetail?> GetAsync(Guid contactId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (
                from c in db.Contacts
                where c.Id == contactId
                join circle in db.Circles on c.CircleId equals circle.Id
                join creator in db.Users on c.CreatedBy equals creator.Id into creators
                from creator in creators.DefaultIfEmpty()
                select new ContactDetail(c.Id, c.CircleId, circle.Name, c.Name, c.Email, c.Phone, c.Company, c.Status,
                    c.FunnelStage, c.LatestNote, c.LastContactAt, c.CreatedAt,
                    creator == null ? null : creator.DisplayName, c.Version))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The count and page statements <see cref="SearchAsync"/> sends, for benchmarks and investigations.</summary>
    internal static (string Count, string Page) SqlOf(DealDeskDbContext db, ContactSearch search, int total)
    {
        var contacts = ContactFilters.Filter(db, search);
        var pageSize = Math.Clamp(search.PageSize, 1, ContactSearch.MaxPageSize);
        return (contacts.Select(c => c.Id).ToQueryString(),
            PageQuery(db, contacts, search, (long)search.Page * pageSize, pageSize, total).ToQueryString());
    }

    /// <summary>One page in two steps, as the deal table does: the page's ids first, sorted and skipped over the
    /// narrow index entries, then the page's rows by id. A page in the second half of the list is read from the end
    /// in reverse, so the last page costs what the first does.</summary>
    private static IQueryable<ContactRow> PageQuery(DealDeskDbContext db, IQueryable<Contact> contacts,
        ContactSearch search, long skip, int pageSize, int total)
    {
        var take = (int)Math.Max(0, Math.Min(pageSize, total - skip));
        var fromEnd = total - skip - take;
        var reversed = fromEnd < skip;
        var ids = ContactFilters.Sort(contacts, search.SortBy, search.Descending ^ reversed)
            .Select(c => c.Id)
            .Skip((int)(reversed ? fromEnd : skip))
            .Take(take);
        return ContactFilters.Rows(ContactFilters.Sort(db.Contacts.Where(c => ids.Contains(c.Id)), search.SortBy,
            search.Descending));
    }

    private static IQueryable<ContactRow> FunnelCards(IQueryable<Contact> contacts, FunnelStage stage) =>
        ContactFilters.Rows(ContactFilters.Sort(contacts.Where(c => c.FunnelStage == stage), ContactSortField.LastContact,
            descending: true));

    private async IAsyncEnumerable<ContactRow> StreamAsync(ContactSearch search,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = ContactFilters.Rows(ContactFilters.Sort(ContactFilters.Filter(db, search), search.SortBy,
            search.Descending));
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }
}
