using System.Linq.Expressions;
using System.Reflection;

namespace DealDesk.Data.Persistence;

/// <summary>Builds the "rows beyond this one" condition of keyset paging for a list ordered by one key and then the
/// id, in a form both providers translate to plain comparisons an index range can serve.</summary>
internal static class Keyset
{
    private static readonly MethodInfo StringCompare =
        typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private static readonly MethodInfo GuidCompareTo = typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!;

    /// <summary>The rows that come after (<paramref name="anchorKey"/>, <paramref name="anchorId"/>) when walking
    /// the order <c>key, id</c> in the given direction. Written <c>key ≤ a AND (key &lt; a OR id &lt; b)</c> (for a
    /// descending walk) rather than with a top-level OR, so the key's index gives the range.</summary>
    public static Expression<Func<T, bool>> Beyond<T, TKey>(Expression<Func<T, TKey>> key, Expression<Func<T, Guid>> id,
        TKey anchorKey, Guid anchorId, bool descending)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(id);
        var row = key.Parameters[0];
        var rowKey = key.Body;
        var rowId = new ParameterReplacer(id.Parameters[0], row).Visit(id.Body);
        var anchorKeyValue = Parameter(anchorKey);
        var anchorIdValue = Parameter(anchorId);

        var reach = Compare(rowKey, anchorKeyValue, descending ? ExpressionType.LessThanOrEqual : ExpressionType.GreaterThanOrEqual);
        var pastKey = Compare(rowKey, anchorKeyValue, descending ? ExpressionType.LessThan : ExpressionType.GreaterThan);
        var pastId = Compare(rowId, anchorIdValue, descending ? ExpressionType.LessThan : ExpressionType.GreaterThan);
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(reach, Expression.OrElse(pastKey, pastId)), row);
    }

    /// <summary>Strings and ids have no comparison operators in C#: compared through <c>Compare</c>/<c>CompareTo</c>,
    /// which EF Core turns into <c>&lt;</c> and <c>&gt;</c>; enums compare as their stored numbers.</summary>
    private static Expression Compare(Expression left, Expression right, ExpressionType comparison)
    {
        if (left.Type == typeof(string))
        {
            return Expression.MakeBinary(comparison, Expression.Call(StringCompare, left, right), Expression.Constant(0));
        }

        if (left.Type == typeof(Guid))
        {
            return Expression.MakeBinary(comparison, Expression.Call(left, GuidCompareTo, right), Expression.Constant(0));
        }

        if (left.Type.IsEnum)
        {
            var number = Enum.GetUnderlyingType(left.Type);
            return Expression.MakeBinary(comparison, Expression.Convert(left, number), Expression.Convert(right, number));
        }

        return Expression.MakeBinary(comparison, left, right);
    }

    // A member of a closure object rather than a constant: EF Core sends it as a parameter, so one cached plan serves
    // every anchor.
    private static MemberExpression Parameter<TValue>(TValue value) =>
        Expression.Property(Expression.Constant(new Box<TValue>(value)), nameof(Box<TValue>.Value));

    private sealed class Box<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
