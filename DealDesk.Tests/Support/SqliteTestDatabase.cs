using DealDesk.Data;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Support;

/// <summary>A private, migrated SQLite database in memory, alive as long as this object.</summary>
/// <remarks>Real SQLite, real migrations: the same SQL the app runs. The open connection keeps the
/// in-memory database alive between contexts.</remarks>
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    private readonly SqliteConnection _connection;

    private SqliteTestDatabase(SqliteConnection connection, TimeProvider clock)
    {
        _connection = connection;
        Database = DealDeskDatabase.ForSqlite(connection.ConnectionString, clock);
    }

    /// <summary>Creates contexts on this database.</summary>
    public DealDeskDatabase Database { get; }

    public static async Task<SqliteTestDatabase> CreateAsync(TimeProvider? clock = null)
    {
        // A named shared-cache database lives while at least one connection to it is open.
        var connection = new SqliteConnection($"Data Source=test-{Guid.NewGuid():N};Mode=Memory;Cache=Shared");
        await connection.OpenAsync();
        var database = new SqliteTestDatabase(connection, clock ?? TimeProvider.System);
        await using var db = database.Database.CreateContext(TenantScope.None);
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>A context scoped to <paramref name="scope"/>.</summary>
    public DealDeskDbContext For(TenantScope scope) => Database.CreateContext(scope);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
