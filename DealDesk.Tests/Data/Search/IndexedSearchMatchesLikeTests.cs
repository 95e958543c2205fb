using DealDesk.Core.Contacts;
using DealDesk.Core.Deals;
using DealDesk.Data.Accounts;
using DealDesk.Data.Circles;
using DealDesk.Data.Contacts;
using DealDesk.Data.Deals;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Data.Search;

/// <summary>Deal, account and contact search through the full-text index give exactly what <c>LIKE '%text%'</c> gave
/// before it, for many texts cut from awkward names, in every case, and never a row of another tenant or circle.</summary>
public sealed class IndexedSearchMatchesLikeTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    private const string Rep = "rep@dealdesk.demo";

    /// <summary>Texts with a meaning of their own to LIKE or to the full-text query syntax, and a few misses.</summary>
    private static readonly string[] Awkward =
    [
        "%", "_", "%_", "\\", "'", "\"", "\"\"", "*", ":", "(", ")", "{", "^", "$", "-", "+", "`", "...", "---",
        "AND", "and", "OR", "NOT", "NEAR", "NEAR(", "\"Quoted\"", "\"quoted\" partners", "star *", "* power", "0% G",
        "100%", "%_o", "_sc", "\\sl", "h\\l", "O'B", "o'brien & s", "col:umn", "umn {b", "crème", "CRÈME", "Crème",
        "creme", "über", "ÜBER", "uber", "UBER", "ünï", "ÜNÏ", "straße", "STRASSE", "strasse", "ss", "ß", "σίσ", "ΣΊΣ",
        "istanbul", "İstanbul", "İst", "kelvin", "\u212A sign", "k sign", "🚀", "t 🚀", "🚀 l", "et 🚀 la", "a", "ab",
        "AB", "b-c", "a-b-c", "deal", "DEAL", "al", "dolor sit amet dolor", "amet END", "LOREM IPSUM", "zzz", "qqqq",
        "  crème  ", " ", "crème deal", "Holdings deal", "https://", "example", "acme1", ".example/", "globex",
    ];

    /// <summary>Pieces of two, three and five characters from the middle and the end of every name, as typed and in
    /// upper or lower case, and the awkward texts (which include the one-character ones): some 400 searches.</summary>
    private static IReadOnlyList<string> Texts()
    {
        var texts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in SearchCorpus.Names)
        {
            var runes = name.EnumerateRunes().ToArray();
            foreach (var length in new[] { 2, 3, 5 })
            {
                foreach (var start in new[] { runes.Length / 3, runes.Length - length })
                {
                    if (start < 0 || start + length > runes.Length)
                    {
                        continue;
                    }

                    var piece = string.Concat(runes.Skip(start).Take(length).Select(r => r.ToString()));
                    texts.Add(piece);
                    texts.Add(start % 2 == 0 ? piece.ToUpperInvariant() : piece.ToLowerInvariant());
                }
            }
        }

        texts.UnionWith(Awkward);
        return [.. texts];
    }

    [Fact]
    public async Task DealSearch_FindsWhatLikeFinds()
    {
        var queries = new DealQueries(Contexts(await ScopeAsync(Rep)));
        var visible = await DealIdsAsync(queries, null);
        await using var db = corpus.Sqlite.For(TenantScope.None);

        await AssertSameForEveryTextAsync(text => DealIdsAsync(queries, text), async pattern =>
            (await db.Database.SqlQuery<Guid>($"""
                SELECT d.Id AS Value FROM deals AS d JOIN accounts AS a ON a.Id = d.AccountId
                WHERE d.Name LIKE {pattern} ESCAPE '\' OR a.Name LIKE {pattern} ESCAPE '\'
                """).ToListAsync()).Intersect(visible));
    }

    [Fact]
    public async Task AccountSearch_FindsWhatLikeFinds()
    {
        var accounts = new AccountService(Contexts(await ScopeAsync(Rep)), NullLogger<AccountService>.Instance);
        var visible = await AccountIdsAsync(accounts, null);
        await using var db = corpus.Sqlite.For(TenantScope.None);

        await AssertSameForEveryTextAsync(text => AccountIdsAsync(accounts, text), async pattern =>
            (await db.Database.SqlQuery<Guid>($"""
                SELECT Id AS Value FROM accounts
                WHERE Name LIKE {pattern} ESCAPE '\' OR Industry LIKE {pattern} ESCAPE '\' OR Website LIKE {pattern} ESCAPE '\'
                """).ToListAsync()).Intersect(visible));
    }

    [Fact]
    public async Task ContactSearch_FindsWhatLikeFinds()
    {
        var scope = await ScopeAsync(Rep);
        var contexts = Contexts(scope);
        var contacts = new ContactQueries(contexts,
            new CircleAccess(contexts, new TestCurrentUser(scope), NullLogger<CircleAccess>.Instance));
        var visible = await ContactIdsAsync(contacts, null);
        await using var db = corpus.Sqlite.For(TenantScope.None);

        // No text in the list is longer than the contact search's bound, so the pattern is the whole text's.
        await AssertSameForEveryTextAsync(text => ContactIdsAsync(contacts, text), async pattern =>
            (await db.Database.SqlQuery<Guid>($"""
                SELECT Id AS Value FROM contacts
                WHERE Name LIKE {pattern} ESCAPE '\' OR Email LIKE {pattern} ESCAPE '\' OR Company LIKE {pattern} ESCAPE '\'
                """).ToListAsync()).Intersect(visible));
    }

    [Fact]
    public async Task Searches_OfThreeCharactersOrMore_ReadTheIndex_ShorterOnesLike()
    {
        var scope = await ScopeAsync(Rep);
        await using var db = corpus.Sqlite.For(scope);

        Assert.Contains("deals_search", DealQueries.SqlOf(db, new DealSearch { Text = "crè" }, 1).Count);
        Assert.Contains("accounts_search", DealQueries.SqlOf(db, new DealSearch { Text = "crè" }, 1).Count);
        Assert.DoesNotContain("_search", DealQueries.SqlOf(db, new DealSearch { Text = "🚀r" }, 1).Count);
        var search = new ContactSearch { CircleId = corpus.ContactCircleId, Text = "crè" };
        Assert.Contains("contacts_search", ContactQueries.SqlOf(db, search, 1).Count);
        Assert.DoesNotContain("contacts_search", ContactQueries.SqlOf(db, search with { Text = "cr" }, 1).Count);
    }

    [Fact]
    public async Task Searches_NeverFindAnotherWorkspacesRows()
    {
        // The Globex rows carry the same names: a search for them from Acme finds only Acme's.
        var acme = await ScopeAsync("admin@dealdesk.demo");
        var globex = await ScopeAsync("admin@globex.demo");
        await using var db = corpus.Sqlite.For(TenantScope.None);
        var globexDeals = await db.Deals.Where(d => d.WorkspaceId == globex.WorkspaceId).Select(d => d.Id).ToListAsync();
        var globexAccounts = await db.Accounts.Where(a => a.WorkspaceId == globex.WorkspaceId).Select(a => a.Id).ToListAsync();

        var deals = await DealIdsAsync(new DealQueries(Contexts(acme)), "crème");
        var accounts = await AccountIdsAsync(new AccountService(Contexts(acme), NullLogger<AccountService>.Instance), "crème");

        Assert.NotEmpty(deals);
        Assert.NotEmpty(accounts);
        Assert.Empty(deals.Intersect(globexDeals));
        Assert.Empty(accounts.Intersect(globexAccounts));
        Assert.NotEmpty(await DealIdsAsync(new DealQueries(Contexts(globex)), "crème"));
    }

    /// <summary>For every text, the search finds the same rows as <paramref name="byLike"/> with today's pattern; the
    /// texts that differ are listed in the failure. Some texts must find something, or the corpus tests nothing.</summary>
    private static async Task AssertSameForEveryTextAsync(Func<string, Task<List<Guid>>> search,
        Func<string, Task<IEnumerable<Guid>>> byLike)
    {
        var differing = new List<string>();
        var finding = 0;
        foreach (var text in Texts())
        {
            var found = (await search(text)).Order().ToList();
            var expected = (await byLike("%" + DealFilters.EscapeLike(text.Trim()) + "%")).Order().ToList();
            if (!found.SequenceEqual(expected))
            {
                differing.Add($"'{text}': found {found.Count}, LIKE {expected.Count}");
            }

            finding += found.Count > 0 ? 1 : 0;
        }

        Assert.Empty(differing);
        Assert.True(finding > Texts().Count / 2, $"Only {finding} texts found anything.");
    }

    private Task<TenantScope> ScopeAsync(string email) => corpus.Sqlite.Database.ScopeOfUserAsync(email);

    private FixedScopeContextFactory Contexts(TenantScope scope) => new(corpus.Sqlite.Database, scope);

    private static async Task<List<Guid>> DealIdsAsync(DealQueries queries, string? text)
    {
        var page = await queries.SearchAsync(new DealSearch { Text = text, PageSize = DealSearch.MaxPageSize });
        Assert.Equal(page.TotalCount, page.Rows.Count);
        return page.Rows.Select(r => r.Id).ToList();
    }

    private static async Task<List<Guid>> AccountIdsAsync(AccountService accounts, string? text)
    {
        var page = await accounts.SearchAsync(text, 0, AccountService.MaxPageSize);
        Assert.Equal(page.TotalCount, page.Rows.Count);
        return page.Rows.Select(r => r.Id).ToList();
    }

    private async Task<List<Guid>> ContactIdsAsync(ContactQueries contacts, string? text)
    {
        var page = await contacts.SearchAsync(new ContactSearch
        {
            CircleId = corpus.ContactCircleId, Text = text, PageSize = ContactSearch.MaxPageSize,
        });
        Assert.Equal(page.TotalCount, page.Rows.Count);
        return page.Rows.Select(r => r.Id).ToList();
    }
}
