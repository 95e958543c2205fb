using DealDesk.Core.Intelligence.Health;
using DealDesk.Core.Pipeline;

namespace DealDesk.Core.Deals;

/// <summary>One page of the deal table as it is on screen: what a change is judged against.</summary>
/// <param name="View">The search, filters, sort and page it was read with.</param>
/// <param name="Rows">Its rows, in order.</param>
public sealed record ShownDealPage(DealSearch View, IReadOnlyList<DealRow> Rows);

/// <summary>Whether a <see cref="DealChange"/> touches what a page shows, decided from the facts it carries, without
/// a query. When in doubt (no facts, a sort by a joined name, a tie on the sort key) the answer is yes: a page that
/// reloads needlessly costs a query, one that misses a change shows stale rows.</summary>
public static class DealViewImpact
{
    /// <summary>Whether <paramref name="change"/> can alter <paramref name="page"/>: it touches one of its rows, adds
    /// a deal to or takes one from the filter (the total changes), or moves a matching deal across the page.</summary>
    public static bool Affects(ShownDealPage page, DealChange change)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(change);
        return change.Deals.Any(c => AffectsOne(page, c));
    }

    /// <summary>Whether <paramref name="change"/> can alter a board read with <paramref name="filter"/>: the deal
    /// matches the filter before or after (its columns' cards or totals may differ).</summary>
    public static bool Affects(BoardFilter filter, DealChange change)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(change);
        return change.Deals.Any(c => c is { Before: null, After: null }
            || (c.Before is { } before && Matches(filter, before))
            || (c.After is { } after && Matches(filter, after)));
    }

    /// <summary>Whether a deal with <paramref name="facts"/> is in the rows <paramref name="view"/> filters to, as
    /// the query decides (search text ignoring case, every filter list meaning "any of").</summary>
    public static bool Matches(DealSearch view, DealFacts facts)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(facts);
        return MatchesText(view.Text, facts)
            && AnyOf(view.StageIds, facts.StageId)
            && AnyOf(view.Priorities, facts.Priority)
            && AnyOf(view.CircleIds, facts.CircleId)
            && (view.OwnerIds.Count == 0 || (facts.OwnerId is { } owner && view.OwnerIds.Contains(owner)))
            && AnyOf(view.ValueBands, ValueBands.Of(facts.Value))
            && (view.HealthBands.Count == 0
                || (facts.HealthScore is { } score && view.HealthBands.Contains(HealthBands.Of(score))))
            && (view.AccountId is not { } account || account == facts.AccountId);
    }

    /// <summary>Whether a deal with <paramref name="facts"/> is on a board read with <paramref name="filter"/>: the
    /// table's rule for a search with the board's four filters and none of the others.</summary>
    public static bool Matches(BoardFilter filter, DealFacts facts)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Matches(
            new DealSearch
            {
                Text = filter.Text, Priorities = filter.Priorities, CircleIds = filter.CircleIds, OwnerIds = filter.OwnerIds,
            },
            facts);
    }

    private static bool AffectsOne(ShownDealPage page, DealChange change)
    {
        if (page.Rows.Any(r => r.Id == change.DealId) || change is { Before: null, After: null })
        {
            return true;
        }

        var before = change.Before is { } was && Matches(page.View, was) ? was : null;
        var after = change.After is { } now && Matches(page.View, now) ? now : null;
        if (before is null && after is null)
        {
            return false;
        }

        if (before is null || after is null || page.Rows.Count == 0)
        {
            // Entered or left the filter: the total on every page of it changes.
            return true;
        }

        // In the filter before and after: this page differs only if the deal's place crossed it (a deal leaving the
        // part above the page shifts every row of it by one).
        var from = PlaceOf(page, before);
        return from == Place.Unknown || from != PlaceOf(page, after);
    }

    private enum Place
    {
        Above,
        Below,
        Unknown,
    }

    private static Place PlaceOf(ShownDealPage page, DealFacts facts)
    {
        var view = page.View;
        var key = SortKey(view.SortBy, facts);
        var first = SortKey(view.SortBy, page.Rows[0]);
        var last = SortKey(view.SortBy, page.Rows[^1]);
        if (key is null || first is null || last is null)
        {
            return Place.Unknown;
        }

        // The list's order: the key in the view's direction (days in stage runs against the entry date). Ties break
        // on the id in SQL, whose order C# does not share, so an equal key is not placed.
        var descending = view.Descending ^ (view.SortBy == DealSortField.DaysInStage);
        var toFirst = Compare(key.Value, first.Value, descending);
        var toLast = Compare(key.Value, last.Value, descending);
        if (toFirst < 0 && view.Page > 0)
        {
            return Place.Above;
        }

        // Below a full page; below the last, short page a deal would join it.
        return toLast > 0 && page.Rows.Count >= view.PageSize ? Place.Below : Place.Unknown;
    }

    private static int Compare(SortValue key, SortValue boundary, bool descending)
    {
        var order = key.CompareTo(boundary);
        return descending ? -order : order;
    }

    // A sort key reduced to one comparable number; unscored deals and undated closes sort lowest, as in SQL.
    private readonly record struct SortValue(bool HasValue, decimal Value) : IComparable<SortValue>
    {
        public int CompareTo(SortValue other) =>
            HasValue != other.HasValue ? HasValue.CompareTo(other.HasValue) : Value.CompareTo(other.Value);
    }

    private static SortValue? SortKey(DealSortField field, DealFacts deal) =>
        Key(field, deal.UpdatedAt, deal.Value, deal.Priority, deal.ExpectedCloseDate, deal.StageEnteredAt, deal.HealthScore);

    private static SortValue? SortKey(DealSortField field, DealRow row) =>
        Key(field, row.UpdatedAt, row.Value, row.Priority, row.ExpectedCloseDate, row.StageEnteredAt, row.HealthScore);

    // Sorts by a name (deal, account, owner) or the stage order are not placed: text collation differs between C#
    // and the database, and the stage order is not among the facts.
    private static SortValue? Key(DealSortField field, DateTime updatedAt, decimal value, DealPriority priority,
        DateOnly? expectedClose, DateTime stageEnteredAt, int? healthScore) => field switch
        {
            DealSortField.Updated => new SortValue(true, updatedAt.Ticks),
            DealSortField.Value => new SortValue(true, value),
            DealSortField.Priority => new SortValue(true, (int)priority),
            DealSortField.ExpectedClose => new SortValue(expectedClose.HasValue, expectedClose?.DayNumber ?? 0),
            DealSortField.DaysInStage => new SortValue(true, stageEnteredAt.Ticks),
            DealSortField.Health => new SortValue(healthScore.HasValue, healthScore ?? 0),
            _ => null,
        };

    private static bool MatchesText(string? text, DealFacts facts)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        // Ignoring case for every letter matches at least what LIKE matches (ASCII case only on SQLite): a deal taken
        // for a match it is not costs a reload at most.
        var needle = text.Trim();
        return facts.Name.Contains(needle, StringComparison.OrdinalIgnoreCase)
            || facts.AccountName.Contains(needle, StringComparison.OrdinalIgnoreCase);
    }

    private static bool AnyOf<T>(IReadOnlyList<T> allowed, T value) => allowed.Count == 0 || allowed.Contains(value);
}
