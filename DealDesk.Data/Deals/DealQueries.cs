using DealDesk.Core.Accounts;
using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Deals;

/// <summary>Deal lists, filtered, sorted, paged and projected in SQL to just the columns a row shows.</summary>
internal sealed class DealQueries(IDbContextFactory<DealDeskDbContext> contexts) : IDealQueries
{
    /// <summary>Most rows one call returns.</summary>
    public const int MaxPageSize = DealSearch.MaxPageSize;

    // Compiled once: a call then skips building and translating the LINQ tree. The tenant filters still apply,
    // reading the scope of the context each call passes in.
    private static readonly Func<DealDeskDbContext, int, IAsyncEnumerable<DealListItem>> LargestOpenDeals =
        EF.CompileAsyncQuery((DealDeskDbContext db, int take) => (
                from deal in db.Deals
                where deal.WonAt == null && deal.LostAt == null
                orderby deal.Value descending, deal.Id descending
                join account in db.Accounts on deal.AccountId equals account.Id
                join stage in db.PipelineStages on deal.StageId equals stage.Id
                join owner in db.Users on deal.OwnerId equals owner.Id into owners
                from owner in owners.DefaultIfEmpty()
                select new DealListItem(deal.Id, deal.Name, account.Name, stage.Name, deal.Value, deal.Currency,
                    owner == null ? null : owner.DisplayName, deal.ExpectedCloseDate))
            .Take(take));

    public async Task<IReadOnlyList<DealListItem>> GetLargestOpenDealsAsync(int count,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await LargestOpenDeals(db, Math.Clamp(count, 1, MaxPageSize)).ToListAsync(cancellationToken);
    }

    public async Task<DealPage> SearchAsync(DealSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The count, the anchor and the page share one connection instead of opening one each.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var deals = Filter(db, search);
        var total = await deals.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(search.PageSize, 1, MaxPageSize);
        var skip = (long)Math.Max(0, search.Page) * pageSize;
        if (skip >= total)
        {
            return new DealPage([], total);
        }

        var window = PageWindow.Of(skip, pageSize, total);
        var rows = await KeysetPageAsync(db, deals, search, window.Take, cancellationToken)
            ?? await PageQuery(db, deals, search, window).ToListAsync(cancellationToken);
        return new DealPage(rows, total);
    }

    public async Task<DealRow?> GetRowAsync(Guid dealId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Rows(db, Joined(db, db.Deals.Where(d => d.Id == dealId))).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The count and page statements <see cref="SearchAsync"/> sends, for benchmarks and investigations.</summary>
    internal static (string Count, string Page) SqlOf(DealDeskDbContext db, DealSearch search, long total)
    {
        var deals = Filter(db, search);
        var pageSize = Math.Clamp(search.PageSize, 1, MaxPageSize);
        return (deals.Select(d => d.Id).ToQueryString(),
            PageQuery(db, deals, search, PageWindow.Of((long)search.Page * pageSize, pageSize, total)).ToQueryString());
    }

    /// <summary>One page of rows in two steps. First the page's ids: the order and the OFFSET walked over the deal
    /// table alone (for most sorts over one covering index), because SQLite builds every skipped row in full,
    /// joins included, before throwing it away. Then the joins, for the page's rows only. A page in the second
    /// half of the list is read from the other end, in reverse, so the last page costs what the first does.</summary>
    private static IQueryable<DealRow> PageQuery(DealDeskDbContext db, IQueryable<Core.Deals.Deal> deals,
        DealSearch search, PageWindow window)
    {
        var descending = search.Descending ^ window.Reversed;
        var ids = SortedIds(deals, search.SortBy, descending).Skip(window.Skip).Take(window.Take);
        return Rows(db, Sort(Joined(db, db.Deals.Where(d => ids.Contains(d.Id))), search.SortBy, search.Descending));
    }

    /// <summary>The page next to the one the user was on, read from that page's boundary row on the sort's index, so
    /// that stepping through a deep list costs what the first page does. <c>null</c> when the page must be read by
    /// its number: no anchor, a sort without a keyset form (a key that may be NULL), an anchor row
    /// that is gone or no longer matches, or fewer rows than the page should hold (the list changed meanwhile).
    /// </summary>
    private static async Task<List<DealRow>?> KeysetPageAsync(DealDeskDbContext db, IQueryable<Core.Deals.Deal> deals,
        DealSearch search, int take, CancellationToken cancellationToken)
    {
        if (search is not { Anchor: { } anchor, Page: > 0 })
        {
            return null;
        }

        var descending = search.Descending;
        var ids = search.SortBy switch
        {
            DealSortField.Name => await IdsBeyondAsync(deals, d => d.Name, descending, anchor, take, cancellationToken),
            DealSortField.Value => await IdsBeyondAsync(deals, d => d.Value, descending, anchor, take, cancellationToken),
            DealSortField.Priority => await IdsBeyondAsync(deals, d => d.Priority, descending, anchor, take, cancellationToken),
            DealSortField.DaysInStage => await IdsBeyondAsync(deals, d => d.StageEnteredAt, !descending, anchor, take, cancellationToken),
            DealSortField.Updated => await IdsBeyondAsync(deals, d => d.UpdatedAt, descending, anchor, take, cancellationToken),
            DealSortField.Account => await IdsBeyondAsync(deals, AccountKey, descending, anchor, take, cancellationToken),
            DealSortField.Owner => await IdsBeyondAsync(deals, OwnerKey, descending, anchor, take, cancellationToken),
            DealSortField.Stage => await IdsBeyondAsync(deals, StageKey, descending, anchor, take, cancellationToken),
            _ => null,
        };
        if (ids is null)
        {
            return null;
        }

        var rows = await Rows(db, Sort(Joined(db, db.Deals.Where(d => ids.Contains(d.Id))), search.SortBy, descending))
            .ToListAsync(cancellationToken);
        return rows.Count == take ? rows : null;
    }

    /// <summary>The ids of the <paramref name="take"/> rows beyond the anchor: after it in the list's order for
    /// Next, before it (walking the other way) for Previous.</summary>
    private static async Task<IQueryable<Guid>?> IdsBeyondAsync<TKey>(IQueryable<Core.Deals.Deal> deals,
        System.Linq.Expressions.Expression<Func<Core.Deals.Deal, TKey>> key, bool descending, PageAnchor anchor, int take,
        CancellationToken cancellationToken)
    {
        // Read through the same filters: an anchor that has left the view gives no anchor.
        var anchorKeys = await deals.Where(d => d.Id == anchor.RowId).Select(key).Take(1).ToListAsync(cancellationToken);
        if (anchorKeys.Count == 0)
        {
            return null;
        }

        var walkDescending = descending == anchor.IsAfter;
        var beyond = deals.Where(Keyset.Beyond(key, d => d.Id, anchorKeys[0], anchor.RowId, walkDescending));
        return By(beyond, key, walkDescending).Take(take);
    }

    private static IQueryable<Core.Deals.Deal> Filter(DealDeskDbContext db, DealSearch search)
    {
        var deals = DealFilters.Matching(db, search.Text)
            .InAny(search.StageIds, d => d.StageId)
            .InAny(search.Priorities, d => d.Priority)
            .InAny(search.CircleIds, d => d.CircleId)
            .InValueBands(search.ValueBands)
            .InHealthBands(search.HealthBands);
        if (search.OwnerIds.Count > 0)
        {
            var owners = search.OwnerIds.Distinct().ToList();
            deals = deals.Where(d => d.OwnerId != null && owners.Contains(d.OwnerId.Value));
        }

        return search.AccountId is { } accountId ? deals.Where(d => d.AccountId == accountId) : deals;
    }

    private static IQueryable<JoinedDeal> Joined(DealDeskDbContext db, IQueryable<Core.Deals.Deal> deals) =>
        from deal in deals
        join account in db.Accounts on deal.AccountId equals account.Id
        join stage in db.PipelineStages on deal.StageId equals stage.Id
        join owner in db.Users on deal.OwnerId equals owner.Id into owners
        from owner in owners.DefaultIfEmpty()
        select new JoinedDeal
        {
            Deal = deal,
            AccountName = account.Name,
            StageName = stage.Name,
            StageKind = stage.Kind,
            StageRottingDays = stage.RottingDays,
            OwnerName = owner == null ? null : owner.DisplayName,
        };

    private static IQueryable<JoinedDeal> Sort(IQueryable<JoinedDeal> rows, DealSortField field, bool descending)
    {
        // Every order ends on the id, so a row never shows on two pages or on none.
        return field switch
        {
            DealSortField.Name => By(rows, r => r.Deal.Name, descending),
            // The deal's copies of the joined names (DealSortKeys): the same values, in the order the ids were read.
            DealSortField.Account => By(rows, r => EF.Property<string>(r.Deal, DealSortKeys.AccountName), descending),
            DealSortField.Stage => By(rows, r => EF.Property<int>(r.Deal, DealSortKeys.StageOrder), descending),
            DealSortField.Value => By(rows, r => r.Deal.Value, descending),
            DealSortField.Priority => By(rows, r => r.Deal.Priority, descending),
            DealSortField.Owner => By(rows, r => EF.Property<string>(r.Deal, DealSortKeys.OwnerName), descending),
            DealSortField.ExpectedClose => By(rows, r => r.Deal.ExpectedCloseDate, descending),
            // More days in stage means an earlier entry.
            DealSortField.DaysInStage => By(rows, r => r.Deal.StageEnteredAt, !descending),
            // Unscored deals (NULL) sort below every score on both providers.
            DealSortField.Health => By(rows, r => r.Deal.HealthScore, descending),
            _ => By(rows, r => r.Deal.UpdatedAt, descending),
        };
    }

    /// <summary>The ids of <paramref name="deals"/> in the order of <see cref="Sort"/>, read from the deal table alone:
    /// a joined name or the stage order through the deal's copy of it (<see cref="DealSortKeys"/>).</summary>
    private static IQueryable<Guid> SortedIds(IQueryable<Core.Deals.Deal> deals, DealSortField field, bool descending) =>
        field switch
        {
            DealSortField.Account => By(deals, AccountKey, descending),
            DealSortField.Stage => By(deals, StageKey, descending),
            DealSortField.Owner => By(deals, OwnerKey, descending),
            DealSortField.Name => By(deals, d => d.Name, descending),
            DealSortField.Value => By(deals, d => d.Value, descending),
            DealSortField.Priority => By(deals, d => d.Priority, descending),
            DealSortField.ExpectedClose => By(deals, d => d.ExpectedCloseDate, descending),
            DealSortField.DaysInStage => By(deals, d => d.StageEnteredAt, !descending),
            DealSortField.Health => By(deals, d => d.HealthScore, descending),
            _ => By(deals, d => d.UpdatedAt, descending),
        };

    private static readonly System.Linq.Expressions.Expression<Func<Core.Deals.Deal, string>> AccountKey =
        d => EF.Property<string>(d, DealSortKeys.AccountName);

    private static readonly System.Linq.Expressions.Expression<Func<Core.Deals.Deal, string>> OwnerKey =
        d => EF.Property<string>(d, DealSortKeys.OwnerName);

    private static readonly System.Linq.Expressions.Expression<Func<Core.Deals.Deal, int>> StageKey =
        d => EF.Property<int>(d, DealSortKeys.StageOrder);

    private static IQueryable<Guid> By<TKey>(IQueryable<Core.Deals.Deal> deals,
        System.Linq.Expressions.Expression<Func<Core.Deals.Deal, TKey>> key, bool descending) =>
        (descending
            ? deals.OrderByDescending(key).ThenByDescending(d => d.Id)
            : deals.OrderBy(key).ThenBy(d => d.Id))
        .Select(d => d.Id);

    private static IQueryable<JoinedDeal> By<TKey>(IQueryable<JoinedDeal> rows,
        System.Linq.Expressions.Expression<Func<JoinedDeal, TKey>> key, bool descending) =>
        descending
            ? rows.OrderByDescending(key).ThenByDescending(r => r.Deal.Id)
            : rows.OrderBy(key).ThenBy(r => r.Deal.Id);

    private static IQueryable<DealRow> Rows(DealDeskDbContext db, IQueryable<JoinedDeal> rows) =>
        from row in rows
        join circle in db.Circles on row.Deal.CircleId equals circle.Id
        select new DealRow(row.Deal.Id, row.Deal.Name, row.Deal.AccountId, row.AccountName, row.Deal.StageId,
            row.StageName, row.StageKind, row.StageRottingDays, row.Deal.Value, row.Deal.Currency,
            row.Deal.Probability, row.Deal.Priority, row.Deal.OwnerId, row.OwnerName, row.Deal.CircleId, circle.Name,
            row.Deal.ExpectedCloseDate, row.Deal.StageEnteredAt, row.Deal.UpdatedAt, row.Deal.Version,
            // The next step: the earliest open task, undated ones last. Written out here because EF Core cannot
            // translate a helper method inside a projection; each is a short read of the (DealId, CompletedAt, DueOn)
            // index for the rows of one page only.
            db.DealTasks.Where(t => t.DealId == row.Deal.Id && t.CompletedAt == null)
                .OrderBy(t => t.DueOn == null).ThenBy(t => t.DueOn).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id).Select(t => t.Title).FirstOrDefault(),
            db.DealTasks.Where(t => t.DealId == row.Deal.Id && t.CompletedAt == null)
                .OrderBy(t => t.DueOn == null).ThenBy(t => t.DueOn).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id).Select(t => t.DueOn).FirstOrDefault())
        {
            HealthScore = row.Deal.HealthScore,
            HealthTrend = row.Deal.HealthTrend,
            WonAt = row.Deal.WonAt,
            LostAt = row.Deal.LostAt,
        };

    /// <summary>Which rows of the sorted list a page reads: from the start, or, for a page nearer the end, from the
    /// end in reverse order (ascending and descending orders are exact mirrors, nulls included, since every order
    /// ends on the unique id).</summary>
    private readonly record struct PageWindow(int Skip, int Take, bool Reversed)
    {
        public static PageWindow Of(long skip, int pageSize, long total)
        {
            var take = (int)Math.Max(0, Math.Min(pageSize, total - skip));
            var fromEnd = total - skip - take;
            return fromEnd < skip ? new PageWindow((int)fromEnd, take, Reversed: true) : new PageWindow((int)skip, take, false);
        }
    }

    // A member-initialised class rather than a positional record: EF Core can sort and page on its members only
    // when it sees which column each one came from.
    private sealed class JoinedDeal
    {
        public required Core.Deals.Deal Deal { get; init; }

        public required string AccountName { get; init; }

        public required string StageName { get; init; }

        public Core.Pipeline.StageKind StageKind { get; init; }

        public int? StageRottingDays { get; init; }

        public string? OwnerName { get; init; }
    }
}
