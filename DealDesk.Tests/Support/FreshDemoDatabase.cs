using DealDesk.Data.Seeding;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DealDesk.Tests.Support;

/// <summary>A private database with a tiny demo data set (both workspaces, every demo user and circle), for a test
/// that writes and must neither disturb nor be disturbed by the other tests.</summary>
public static class FreshDemoDatabase
{
    private static readonly DemoSettings TinyDemo = new()
    {
        Seed = true, Accounts = 6, Deals = 40, Contacts = 4, Kpis = 1, KpiHistoryDays = 1,
    };

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var database = await SqliteTestDatabase.CreateAsync();
        await new DemoDataSeeder(database.Database, Options.Create(TinyDemo), TimeProvider.System,
            NullLogger<DemoDataSeeder>.Instance).SeedIfEmptyAsync();
        return database;
    }
}
