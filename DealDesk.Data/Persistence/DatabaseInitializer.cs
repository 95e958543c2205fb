using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealDesk.Data.Persistence;

/// <summary>Brings the database up to date at startup: applies migrations, then seeds demo data if asked.</summary>
public sealed class DatabaseInitializer(
    DealDeskDatabase database,
    DemoDataSeeder seeder,
    IOptions<DatabaseSettings> databaseSettings,
    IOptions<DemoSettings> demoSettings,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (databaseSettings.Value.MigrateOnStartup)
        {
            await using var db = database.CreateContext(TenantScope.None);
            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database {Provider} is up to date", database.Provider);
        }

        if (database.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging lets readers carry on while a write commits: many circuits, one file.
            await using var db = database.CreateContext(TenantScope.None);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (!demoSettings.Value.Seed || !await seeder.SeedIfEmptyAsync(cancellationToken))
        {
            await database.UpdateStatisticsAsync(full: false, cancellationToken);
        }
    }
}
