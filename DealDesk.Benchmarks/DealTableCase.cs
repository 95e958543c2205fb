namespace DealDesk.Benchmarks;

/// <summary>One view of the deal table to measure: whose view, sorted how, filtered or not, and which page.</summary>
/// <param name="Scope">"rep": rep@dealdesk.demo, two of Acme's three circles (67,084 deals); "admin": admin@dealdesk.demo,
/// every deal of the workspace (100,000), no circle restriction.</param>
/// <param name="Sort">"updated": the table's default (last updated first); "value": most valuable first; "account": by
/// account name, a name joined from another table (Z first).</param>
/// <param name="Filter">"filtered": a search, two stages and one priority; "search": the search alone; "all": no filter.
/// </param>
/// <param name="Page">"first", "middle" (opened by its number), "middle-next" (the same page reached with Next from the
/// page before it) or "last".</param>
public sealed record DealTableCase(string Scope, string Sort, string Filter, string Page)
{
    /// <summary>The cases of a run: every page for the rep sorted by value (the cases measured since issue 3), the
    /// pager's ends and middle for the admin, and the default sort as both open the table.</summary>
    public static IEnumerable<DealTableCase> All()
    {
        string[] everyPage = ["first", "middle", "middle-next", "last"];
        string[] byNumber = ["first", "middle", "last"];
        foreach (var filter in new[] { "filtered", "all" })
        {
            foreach (var page in everyPage)
            {
                yield return new DealTableCase("rep", "value", filter, page);
            }

            foreach (var page in byNumber)
            {
                yield return new DealTableCase("admin", "value", filter, page);
            }
        }

        foreach (var scope in new[] { "rep", "admin" })
        {
            foreach (var page in byNumber)
            {
                yield return new DealTableCase(scope, "updated", "all", page);
            }
        }

        foreach (var page in everyPage)
        {
            yield return new DealTableCase("rep", "account", "all", page);
        }

        foreach (var scope in new[] { "rep", "admin" })
        {
            foreach (var page in byNumber)
            {
                yield return new DealTableCase(scope, "value", "search", page);
            }
        }

        yield return new DealTableCase("rep", "updated", "filtered", "first");
        yield return new DealTableCase("rep", "updated", "filtered", "middle");
    }

    /// <inheritdoc />
    public override string ToString() => $"{Scope} {Sort} {Filter} {Page}";
}
