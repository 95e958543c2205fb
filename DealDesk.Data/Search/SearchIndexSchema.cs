namespace DealDesk.Data.Search;

/// <summary>The SQLite full-text indexes behind deal, account and contact search (ADR 0011), as hand-written SQL that
/// the migration runs: EF Core has no model for FTS5 tables or triggers. Kept in one place so that the migration can
/// be regenerated without losing it.</summary>
/// <remarks>Each index is an external-content FTS5 table with the <c>trigram</c> tokenizer: it stores only the index,
/// reads its text from the base table by rowid, and finds any substring of three characters or more, ignoring case.
/// Triggers keep it in step with every insert, update of an indexed column and delete, whoever writes (EF Core, the
/// bulk inserts, raw SQL). The rowid of a table with indexes survives <c>VACUUM</c>, which copies rows with their
/// rowids when the table has an index, so the index stays valid.</remarks>
internal static class SearchIndexSchema
{
    /// <summary>The indexes: FTS table, base table and the columns searched, in the order the searches name them.</summary>
    private static readonly (string Index, string Table, string[] Columns)[] Indexes =
    [
        (SearchIndex.Deals, "deals", ["Name"]),
        (SearchIndex.Accounts, "accounts", ["Name", "Industry", "Website"]),
        (SearchIndex.Contacts, "contacts", ["Name", "Email", "Company"]),
    ];

    /// <summary>Creates the indexes and their triggers, and fills them from the rows already there.</summary>
    public static string SqliteCreate => string.Join("\n", Indexes.Select(i => Create(i.Index, i.Table, i.Columns)));

    /// <summary>Drops what <see cref="SqliteCreate"/> made.</summary>
    public static string SqliteDrop => string.Join("\n", Indexes.Select(i => $"""
        DROP TRIGGER IF EXISTS "{i.Index}_insert";
        DROP TRIGGER IF EXISTS "{i.Index}_update";
        DROP TRIGGER IF EXISTS "{i.Index}_delete";
        DROP TABLE IF EXISTS "{i.Index}";
        """));

    private static string Create(string index, string table, string[] columns)
    {
        var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
        string Values(string row) => string.Join(", ", columns.Select(c => $"{row}.\"{c}\""));
        // An external-content index must be told the old text of a row to remove it: 'delete' with the old values.
        return $"""
            CREATE VIRTUAL TABLE "{index}" USING fts5({names}, content='{table}', content_rowid='rowid', tokenize='trigram');
            INSERT INTO "{index}"("{index}") VALUES ('rebuild');
            CREATE TRIGGER "{index}_insert" AFTER INSERT ON "{table}" BEGIN
                INSERT INTO "{index}"(rowid, {names}) VALUES (new.rowid, {Values("new")});
            END;
            CREATE TRIGGER "{index}_update" AFTER UPDATE OF {names} ON "{table}" BEGIN
                INSERT INTO "{index}"("{index}", rowid, {names}) VALUES ('delete', old.rowid, {Values("old")});
                INSERT INTO "{index}"(rowid, {names}) VALUES (new.rowid, {Values("new")});
            END;
            CREATE TRIGGER "{index}_delete" AFTER DELETE ON "{table}" BEGIN
                INSERT INTO "{index}"("{index}", rowid, {names}) VALUES ('delete', old.rowid, {Values("old")});
            END;
            """;
    }
}
