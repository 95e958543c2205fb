namespace DealDesk.Data.Persistence.Sql;

/// <summary>The triggers that keep the deal's sort keys (<see cref="Deals.DealSortKeys"/>) equal to the names and order
/// they copy, for each provider, and the statement that fills them for the deals already stored. Triggers rather than
/// code in the services: they run inside the statement that changes a name, whichever path wrote it (a service, a
/// bulk insert, the seeder, a foreign key setting a deleted owner to NULL), so no writer can leave a copy stale.
/// </summary>
internal static class DealSortKeyTriggers
{
    public static class Sqlite
    {
        private const string Keys = """
            AccountName = COALESCE((SELECT a.Name FROM accounts AS a WHERE a.Id = NEW.AccountId), ''),
                    OwnerName = COALESCE((SELECT u.DisplayName FROM AspNetUsers AS u WHERE u.Id = NEW.OwnerId), ''),
                    StageOrder = COALESCE((SELECT s."Order" FROM pipeline_stages AS s WHERE s.Id = NEW.StageId), 0)
            """;

        public static readonly string[] Create =
        [
            $"""
            CREATE TRIGGER deals_sort_keys_on_insert AFTER INSERT ON deals
            BEGIN
                UPDATE deals SET {Keys}
                WHERE Id = NEW.Id;
            END;
            """,
            // "UPDATE OF" fires when a column is in the SET list; the WHEN skips saves that leave the three unchanged.
            $"""
            CREATE TRIGGER deals_sort_keys_on_update AFTER UPDATE OF AccountId, OwnerId, StageId ON deals
            WHEN NEW.AccountId IS NOT OLD.AccountId OR NEW.OwnerId IS NOT OLD.OwnerId OR NEW.StageId IS NOT OLD.StageId
            BEGIN
                UPDATE deals SET {Keys}
                WHERE Id = NEW.Id;
            END;
            """,
            """
            CREATE TRIGGER accounts_deal_sort_keys_on_rename AFTER UPDATE OF Name ON accounts
            WHEN NEW.Name IS NOT OLD.Name
            BEGIN
                UPDATE deals SET AccountName = NEW.Name WHERE AccountId = NEW.Id;
            END;
            """,
            """
            CREATE TRIGGER users_deal_sort_keys_on_rename AFTER UPDATE OF DisplayName ON AspNetUsers
            WHEN NEW.DisplayName IS NOT OLD.DisplayName
            BEGIN
                UPDATE deals SET OwnerName = NEW.DisplayName WHERE OwnerId = NEW.Id;
            END;
            """,
            """
            CREATE TRIGGER stages_deal_sort_keys_on_move AFTER UPDATE OF "Order" ON pipeline_stages
            WHEN NEW."Order" IS NOT OLD."Order"
            BEGIN
                UPDATE deals SET StageOrder = NEW."Order" WHERE StageId = NEW.Id;
            END;
            """,
        ];

        public const string Fill = """
            UPDATE deals SET
                AccountName = COALESCE((SELECT a.Name FROM accounts AS a WHERE a.Id = deals.AccountId), ''),
                OwnerName = COALESCE((SELECT u.DisplayName FROM AspNetUsers AS u WHERE u.Id = deals.OwnerId), ''),
                StageOrder = COALESCE((SELECT s."Order" FROM pipeline_stages AS s WHERE s.Id = deals.StageId), 0);
            """;

        public static readonly string[] Drop =
        [
            "DROP TRIGGER IF EXISTS deals_sort_keys_on_insert;",
            "DROP TRIGGER IF EXISTS deals_sort_keys_on_update;",
            "DROP TRIGGER IF EXISTS accounts_deal_sort_keys_on_rename;",
            "DROP TRIGGER IF EXISTS users_deal_sort_keys_on_rename;",
            "DROP TRIGGER IF EXISTS stages_deal_sort_keys_on_move;",
        ];
    }

    public static class SqlServer
    {
        public static readonly string[] Create =
        [
            // Only rows whose keys differ are written: an update that changes nothing still renews a rowversion.
            """
            CREATE TRIGGER deals_sort_keys ON deals AFTER INSERT, UPDATE AS
            BEGIN
                SET NOCOUNT ON;
                IF NOT (UPDATE(AccountId) OR UPDATE(OwnerId) OR UPDATE(StageId)) RETURN;
                UPDATE d SET
                    AccountName = COALESCE(a.Name, N''),
                    OwnerName = COALESCE(u.DisplayName, N''),
                    StageOrder = COALESCE(s.[Order], 0)
                FROM deals AS d
                JOIN inserted AS i ON i.Id = d.Id
                LEFT JOIN accounts AS a ON a.Id = d.AccountId
                LEFT JOIN AspNetUsers AS u ON u.Id = d.OwnerId
                LEFT JOIN pipeline_stages AS s ON s.Id = d.StageId
                WHERE d.AccountName <> COALESCE(a.Name, N'') OR d.OwnerName <> COALESCE(u.DisplayName, N'')
                    OR d.StageOrder <> COALESCE(s.[Order], 0);
            END;
            """,
            """
            CREATE TRIGGER accounts_deal_sort_keys ON accounts AFTER UPDATE AS
            BEGIN
                SET NOCOUNT ON;
                IF NOT UPDATE(Name) RETURN;
                UPDATE d SET AccountName = i.Name
                FROM deals AS d JOIN inserted AS i ON i.Id = d.AccountId
                WHERE d.AccountName <> i.Name;
            END;
            """,
            """
            CREATE TRIGGER users_deal_sort_keys ON AspNetUsers AFTER UPDATE AS
            BEGIN
                SET NOCOUNT ON;
                IF NOT UPDATE(DisplayName) RETURN;
                UPDATE d SET OwnerName = i.DisplayName
                FROM deals AS d JOIN inserted AS i ON i.Id = d.OwnerId
                WHERE d.OwnerName <> i.DisplayName;
            END;
            """,
            """
            CREATE TRIGGER stages_deal_sort_keys ON pipeline_stages AFTER UPDATE AS
            BEGIN
                SET NOCOUNT ON;
                IF NOT UPDATE([Order]) RETURN;
                UPDATE d SET StageOrder = i.[Order]
                FROM deals AS d JOIN inserted AS i ON i.Id = d.StageId
                WHERE d.StageOrder <> i.[Order];
            END;
            """,
        ];

        public const string Fill = """
            UPDATE d SET
                AccountName = COALESCE(a.Name, N''),
                OwnerName = COALESCE(u.DisplayName, N''),
                StageOrder = COALESCE(s.[Order], 0)
            FROM deals AS d
            LEFT JOIN accounts AS a ON a.Id = d.AccountId
            LEFT JOIN AspNetUsers AS u ON u.Id = d.OwnerId
            LEFT JOIN pipeline_stages AS s ON s.Id = d.StageId;
            """;

        public static readonly string[] Drop =
        [
            "DROP TRIGGER IF EXISTS deals_sort_keys;",
            "DROP TRIGGER IF EXISTS accounts_deal_sort_keys;",
            "DROP TRIGGER IF EXISTS users_deal_sort_keys;",
            "DROP TRIGGER IF EXISTS stages_deal_sort_keys;",
        ];
    }
}
