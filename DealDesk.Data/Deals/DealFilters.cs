using System.Linq.Expressions;
using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Data.Persistence;
using DealDesk.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Deals;

/// <summary>The filters the deal table and the board share, translated to SQL predicates.</summary>
internal static class DealFilters
{
    /// <summary>The visible deals whose name or account name contains <paramref name="text"/>, ignoring case (LIKE is
    /// case-insensitive for ASCII on SQLite and under SQL Server's default collation); every visible deal when there
    /// is no text. The root of the deal table's and the board's queries.</summary>
    public static IQueryable<Deal> Matching(DealDeskDbContext db, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return db.Deals;
        }

        var trimmed = text.Trim();
        var pattern = "%" + EscapeLike(trimmed) + "%";
        // With the index (ADR 0011) the LIKE below reads only the rows the index found and keeps today's exact answer;
        // without it (one or two characters, no trigram to look up, or SQL Server) it reads every visible deal.
        var deals = SearchIndex.Covers(db, trimmed) ? SearchIndex.DealsNamedOrOfAccountsNamed(db, trimmed) : db.Deals;
        return deals.Where(d => EF.Functions.Like(d.Name, pattern, LikeEscape)
            || db.Accounts.Any(a => a.Id == d.AccountId && EF.Functions.Like(a.Name, pattern, LikeEscape)));
    }

    public static IQueryable<Deal> InAny<TKey>(this IQueryable<Deal> deals, IReadOnlyList<TKey> keys,
        Expression<Func<Deal, TKey>> key)
    {
        if (keys.Count == 0)
        {
            return deals;
        }

        // d => keys.Contains(key(d)), built once so each caller names only the column. The list is read through a
        // member of a closure object, as a lambda would capture it, so EF Core sends it as parameters: a constant
        // would be inlined into the SQL and make a new cached query for every combination of filters.
        var captured = new Captured<List<TKey>>(keys.Distinct().ToList());
        var list = Expression.Property(Expression.Constant(captured), nameof(Captured<List<TKey>>.Value));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], list, key.Body);
        return deals.Where(Expression.Lambda<Func<Deal, bool>>(contains, key.Parameters));
    }

    /// <summary>Deals whose value is in any of <paramref name="bands"/>.</summary>
    public static IQueryable<Deal> InValueBands(this IQueryable<Deal> deals, IReadOnlyList<ValueBand> bands)
    {
        if (bands.Count == 0)
        {
            return deals;
        }

        var deal = Expression.Parameter(typeof(Deal), "d");
        var value = Expression.Property(deal, nameof(Deal.Value));
        Expression? any = null;
        foreach (var band in bands.Distinct().Order())
        {
            var (min, max) = ValueBands.Range(band);
            Expression inBand = Expression.GreaterThanOrEqual(value, Expression.Constant(min));
            if (max is { } upper)
            {
                inBand = Expression.AndAlso(inBand, Expression.LessThan(value, Expression.Constant(upper)));
            }

            any = any is null ? inBand : Expression.OrElse(any, inBand);
        }

        return deals.Where(Expression.Lambda<Func<Deal, bool>>(any!, deal));
    }

    /// <summary>Deals whose health score is in any of <paramref name="bands"/>; unscored deals match none.</summary>
    public static IQueryable<Deal> InHealthBands(this IQueryable<Deal> deals, IReadOnlyList<HealthBand> bands)
    {
        if (bands.Count == 0)
        {
            return deals;
        }

        // Bands are contiguous score ranges: OR them as BETWEENs, which the (workspace, health) index serves.
        var deal = Expression.Parameter(typeof(Deal), "d");
        var score = Expression.Property(deal, nameof(Deal.HealthScore));
        Expression? any = null;
        foreach (var band in bands.Distinct().Order())
        {
            var (min, max) = Core.Intelligence.Health.HealthBands.Range(band);
            Expression inBand = Expression.AndAlso(
                Expression.GreaterThanOrEqual(score, Expression.Constant(min, typeof(int?))),
                Expression.LessThanOrEqual(score, Expression.Constant(max, typeof(int?))));
            any = any is null ? inBand : Expression.OrElse(any, inBand);
        }

        return deals.Where(Expression.Lambda<Func<Deal, bool>>(any!, deal));
    }

    /// <summary>The escape character of the patterns <see cref="EscapeLike"/> makes; pass it to <c>EF.Functions.Like</c>.</summary>
    public const string LikeEscape = "\\";

    private sealed record Captured<T>(T Value);

    /// <summary><paramref name="text"/> with LIKE's wildcards taken literally (other searches reuse it).</summary>
    public static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
