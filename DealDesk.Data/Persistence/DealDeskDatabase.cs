using System.Data.Common;
using DealDesk.Data.Persistence.Writing;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Persistence;

/// <summary>Creates DbContexts of the configured provider for a given tenant scope. One per application:
/// the options are built once and shared by every context.</summary>
public sealed class DealDeskDatabase
{
    private readonly WritePipelineInterceptor _writePipeline;
    private readonly DbContextOptions<SqliteDealDeskDbContext>? _sqlite;
    private readonly DbContextOptions<SqlServerDealDeskDbContext>? _sqlServer;

    private DealDeskDatabase(DatabaseProvider provider, string connectionString, TimeProvider clock)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _writePipeline = WritePipeline.Create(clock);
        _sqlite = provider == DatabaseProvider.Sqlite ? Options<SqliteDealDeskDbContext>(o => o.UseSqlite(connectionString)) : null;
        _sqlServer = provider == DatabaseProvider.SqlServer
            ? Options<SqlServerDealDeskDbContext>(o => o.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure()))
            : null;
    }

    /// <summary>The engine in use.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>The connection string contexts use.</summary>
    public string ConnectionString { get; }

    /// <summary>A SQLite database at <paramref name="connectionString"/>.</summary>
    public static DealDeskDatabase ForSqlite(string connectionString, TimeProvider? clock = null) =>
        new(DatabaseProvider.Sqlite, connectionString, clock ?? TimeProvider.System);

    /// <summary>A SQL Server database at <paramref name="connectionString"/>.</summary>
    public static DealDeskDatabase ForSqlServer(string connectionString, TimeProvider? clock = null) =>
        new(DatabaseProvider.SqlServer, connectionString, clock ?? TimeProvider.System);

    /// <summary>Builds the database from the <c>Database</c> settings; relative SQLite paths are resolved
    /// against <paramref name="contentRoot"/> and their folder is created.</summary>
    public static DealDeskDatabase FromSettings(DatabaseSettings settings, string contentRoot, TimeProvider clock)
    {
        if (settings.Provider == DatabaseProvider.SqlServer)
        {
            return string.IsNullOrWhiteSpace(settings.SqlServerConnectionString)
                ? throw new InvalidOperationException(
                    "Database:Provider is SqlServer but Database:SqlServerConnectionString is empty.")
                : ForSqlServer(settings.SqlServerConnectionString, clock);
        }

        var path = Path.GetFullPath(Path.Combine(contentRoot, settings.SqlitePath));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return ForSqlite(new SqliteConnectionStringBuilder { DataSource = path }.ToString(), clock);
    }

    /// <summary>A new context limited to <paramref name="tenant"/>. The caller disposes it.</summary>
    public DealDeskDbContext CreateContext(TenantScope tenant) =>
        Provider == DatabaseProvider.Sqlite
            ? new SqliteDealDeskDbContext(_sqlite!, tenant)
            : new SqlServerDealDeskDbContext(_sqlServer!, tenant);

    /// <summary>A new context on an existing connection, so that contexts of several tenant scopes can
    /// share one transaction (seeding). The caller owns the connection.</summary>
    public DealDeskDbContext CreateContext(TenantScope tenant, DbConnection connection) =>
        Provider == DatabaseProvider.Sqlite
            ? new SqliteDealDeskDbContext(Options<SqliteDealDeskDbContext>(o => o.UseSqlite(connection)), tenant)
            : new SqlServerDealDeskDbContext(Options<SqlServerDealDeskDbContext>(o => o.UseSqlServer(connection)), tenant);

    /// <summary>Refreshes the statistics the query planner picks indexes by. Without them SQLite guesses, and for a
    /// selective filter sorted by value it walks the whole value index instead of filtering first (7× slower on deep
    /// pages of the deal table). <paramref name="full"/> re-analyses every table, for after a bulk load; otherwise
    /// SQLite analyses only what changed enough. SQL Server keeps its statistics itself.</summary>
    public async Task UpdateStatisticsAsync(bool full, CancellationToken cancellationToken = default)
    {
        if (Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        await using var db = CreateContext(TenantScope.None);
        await db.Database.ExecuteSqlRawAsync(full ? "ANALYZE;" : "PRAGMA optimize;", cancellationToken);
    }

    /// <summary>Every workspace's id, in id order: what a background job walks, one workspace's scope at a time.
    /// </summary>
    public async Task<List<Guid>> WorkspaceIdsAsync(CancellationToken cancellationToken = default)
    {
        await using var registry = CreateContext(TenantScope.None);
        return await registry.Workspaces.IgnoreQueryFilters().Select(w => w.Id).OrderBy(id => id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every context gets the write pipeline, with this database's clock (ADR 0008).</summary>
    private DbContextOptions<TContext> Options<TContext>(Action<DbContextOptionsBuilder<TContext>> configure)
        where TContext : DealDeskDbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        configure(builder);
        return builder.UseWritePipeline(_writePipeline).Options;
    }
}
