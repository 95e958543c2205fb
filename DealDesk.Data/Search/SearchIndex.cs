using DealDesk.Data.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Search;

/// <summary>The full-text indexes of deal, account and contact search (ADR 0010) as id queries that compose into the
/// searches' LINQ: <c>Id IN (ids of the rows whose indexed text contains the user's text)</c>. The ids are a superset
/// of the rows the search's <c>LIKE</c> matches, never a subset (the index folds case for every letter, <c>LIKE</c>
/// for ASCII only), so a search keeps its <c>LIKE</c> on the rows the index finds and gives exactly today's answer.
/// The tenant and circle filters apply as usual, to the base table the ids are compared with.</summary>
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
    /// has one: SQL Server's full-text search finds words, not substrings, so it keeps <c>LIKE</c> (ADR 0010).</summary>
    public static bool Covers(DealDeskDbContext db, string text) =>
        db is SqliteDealDeskDbContext && CharactersIn(text) >= MinimumLength;

    /// <summary>Ids of the deals whose name contains <paramref name="text"/> in any case.</summary>
    public static IQueryable<Guid> DealIds(DealDeskDbContext db, string text) => IdsOf(db, "deals", Deals, "@deal_text", Phrase(text));

    /// <summary>Ids of the accounts whose name contains <paramref name="text"/> in any case.</summary>
    public static IQueryable<Guid> AccountIdsByName(DealDeskDbContext db, string text) =>
        IdsOf(db, "accounts", Accounts, "@account_name_text", "\"Name\" : " + Phrase(text));

    /// <summary>Ids of the accounts whose name, industry or website contains <paramref name="text"/> in any case.</summary>
    public static IQueryable<Guid> AccountIds(DealDeskDbContext db, string text) =>
        IdsOf(db, "accounts", Accounts, "@account_text", Phrase(text));

    /// <summary>Ids of the contacts whose name, email or company contains <paramref name="text"/> in any case.</summary>
    public static IQueryable<Guid> ContactIds(DealDeskDbContext db, string text) =>
        IdsOf(db, "contacts", Contacts, "@contact_text", Phrase(text));

    /// <summary><paramref name="text"/> as one FTS5 string: every character literal, so quotes, <c>*</c>,
    /// <c>AND</c>, <c>OR</c>, <c>NOT</c>, <c>NEAR</c>, <c>:</c> and parentheses in the user's text are searched for,
    /// not obeyed. A string of several trigrams matches where they stand next to each other: a substring.</summary>
    public static string Phrase(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Unicode characters, as the trigram tokenizer counts them (an emoji is one, not two UTF-16 units).</summary>
    private static int CharactersIn(string text) => text.EnumerateRunes().Count();

    private static IQueryable<Guid> IdsOf(DealDeskDbContext db, string table, string index, string name, string query)
    {
        // The query goes as a parameter, never into the SQL text. Each lookup names its own parameter so that two of
        // them (a deal search reads the deal and the account index) can share one statement.
        var parameter = new SqliteParameter(name, query);
        return db.Database.SqlQuery<Guid>(System.Runtime.CompilerServices.FormattableStringFactory.Create(
            $"SELECT \"Id\" AS \"Value\" FROM \"{table}\" WHERE rowid IN (SELECT rowid FROM \"{index}\" WHERE \"{index}\" MATCH {{0}})",
            parameter));
    }
}
