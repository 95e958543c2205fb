namespace DealDesk.Core.Deals;

/// <summary>Where a page starts when the user steps to the next or the previous page: right after the last row of
/// the page they were on, or right before its first row. Reading from there (keyset paging) costs what the first
/// page costs, however deep the page, where an OFFSET walks every row it skips.</summary>
/// <remarks>A hint, not part of the view: it is not in the URL, and when it no longer applies (the row was deleted or
/// left the filter, the sort has no keyset form) the page is read by its number instead.</remarks>
/// <param name="RowId">The boundary row of the page the user was on.</param>
/// <param name="IsAfter"><c>true</c>: the page after that row (Next); <c>false</c>: the page before it (Previous).</param>
public sealed record PageAnchor(Guid RowId, bool IsAfter)
{
    /// <summary>The page that follows <paramref name="lastRowId"/>.</summary>
    public static PageAnchor After(Guid lastRowId) => new(lastRowId, IsAfter: true);

    /// <summary>The page that precedes <paramref name="firstRowId"/>.</summary>
    public static PageAnchor Before(Guid firstRowId) => new(firstRowId, IsAfter: false);
}
