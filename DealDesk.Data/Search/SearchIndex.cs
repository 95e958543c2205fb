using DealDesk.Core.Accounts;
using DealDesk.Core.Contacts;
using DealDesk.Core.Deals;
using DealDesk.Data.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Search;

/// <summary>The full-text indexes of deal, account and contact search (ADR 0011) as query roots: the rows whose indexed
/// text contains the user's text, read by rowid, on which the search's LINQ composes as on the plain table. These rows
/// are a superset of those the search's <c>LIKE</c> matches, never a subset (the index folds case for every letter,
/// <c>LIKE</c> for ASCII only), so a search keeps its <c>LIKE</c> on them and gives exactly today's answer. The tenant
/// and circle query filters apply to them as to any query of the table. The query text always goes as a parameter.
/// </summary>
internal static class SearchIndex
{
    /// <summary>The FTS5 table over <c>deals.Name</c>.</summary>
    public const string Deals = "deals_search";

    /// <summary>The FTS5 table over <c>accounts.Name, Industry, Website</c>.</summary>
    public const string Accounts = "accounts_search";

    /// <summary>The FTS5 table over <c>contacts.Name, Email, Company</c>.</summary>
    public const string Contacts = "contacts_search";

    /// <summary>The fewest characters the index can find: a trigram index has nothing to look up for one or two
    /// characters (FTS5 returns no rows for them), so shorter texts are searched with <c>LIKE</c> alone.</summary>
    public const int MinimumLength = 3;

    /// <summary>Whether <paramref name="text"/> (trimmed) is searched through the index on this database. Only SQLite
    /// has one: SQL Server's full-text search finds words, not substrings, so it keeps <c>LIKE</c> (ADR 0011).</summary>
    public static bool Covers(DealDeskDbContext db, string text) =>
        db is SqliteDealDeskDbContext && CharactersIn(text) >= MinimumLength;

    /// <summary>The deals whose name, or whose account's name, contains <paramref name="text"/> in any case: the
    /// root of a query, so that SQLite reads the matches by rowid, one lookup each.</summary>
    public static IQueryable<Deal> DealsNamedOrOfAccountsNamed(DealDeskDbContext db, string text) =>
        db.Deals.FromSqlRaw("""
            SELECT * FROM "deals"
            WHERE rowid IN (SELECT rowid FROM "deals_search" WHERE "deals_search" MATCH @deal_text)
               OR "AccountId" IN (SELECT "Id" FROM "accounts" WHERE rowid IN (
                   SELECT rowid FROM "accounts_search" WHERE "accounts_search" MATCH @account_name_text))
            """,
            new SqliteParameter("@deal_text", Phrase(text)),
            new SqliteParameter("@account_name_text", "\"Name\" : " + Phrase(text)));

    /// <summary>The accounts whose name, industry or website contains <paramref name="text"/> in any case.</summary>
    public static IQueryable<Account> AccountsContaining(DealDeskDbContext db, string text) =>
        db.Accounts.FromSqlRaw("""
            SELECT * FROM "accounts" WHERE rowid IN (SELECT rowid FROM "accounts_search" WHERE "accounts_search" MATCH @account_text)
            """,
            new SqliteParameter("@account_text", Phrase(text)));

    /// <summary>The contacts whose name, email or company contains <paramref name="text"/> in any case.</summary>
    public static IQueryable<Contact> ContactsContaining(DealDeskDbContext db, string text) =>
        db.Contacts.FromSqlRaw("""
            SELECT * FROM "contacts" WHERE rowid IN (SELECT rowid FROM "contacts_search" WHERE "contacts_search" MATCH @contact_text)
            """,
            new SqliteParameter("@contact_text", Phrase(text)));

    /// <summary><paramref name="text"/> as one FTS5 string: every character literal, so quotes, <c>*</c>,
    /// <c>AND</c>, <c>OR</c>, <c>NOT</c>, <c>NEAR</c>, <c>:</c> and parentheses in the user's text are searched for,
    /// not obeyed. A string of several trigrams matches where they stand next to each other: a substring.</summary>
    public static string Phrase(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Unicode characters, as the trigram tokenizer counts them (an emoji is one, not two UTF-16 units).</summary>
    private static int CharactersIn(string text) => text.EnumerateRunes().Count();
}
