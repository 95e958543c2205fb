using DealDesk.Data;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DealDesk.Benchmarks;

/// <summary>A SQLite file seeded with the demo data at benchmark volume. Seeding once per volume is enough:
/// the file is kept under the temp folder and reused by every benchmark process of a run (and later runs).</summary>
internal static class BenchmarkDatabase
{
    /// <summary>Goes up whenever the schema or the demo data changes, so no run reuses a file seeded by older code.
    /// </summary>
    public const int DataVersion = 13;

    public static Task<DealDeskDatabase> OpenAsync(int deals) =>
        OpenAsync($"dealdesk-bench-{deals}-v{DataVersion}.db",
            new DemoSettings { Seed = true, Deals = deals, Contacts = 400, Kpis = 12, KpiHistoryDays = 30 },
            $"{deals:N0} deals");

    /// <summary>The demo data with <paramref name="contacts"/> contacts, all in the Enterprise Team (rep@ is a member),
    /// and only a few hundred deals.</summary>
    public static Task<DealDeskDatabase> OpenWithContactsAsync(int contacts) =>
        OpenAsync($"dealdesk-bench-contacts-{contacts}-one-circle-v{DataVersion}.db",
            new DemoSettings
            {
                Seed = true, Deals = 300, Contacts = contacts, ContactsCircle = "Enterprise Team", Kpis = 12,
                KpiHistoryDays = 30,
            },
            $"{contacts:N0} contacts in one circle");

    /// <summary>Opens <paramref name="file"/> under the temp folder, seeding it with <paramref name="settings"/> and
    /// then <paramref name="afterSeeding"/> (a benchmark's own additions) the first time; a file is reused only once
    /// both finished (its <c>.ready</c> marker), so an interrupted seeding starts again.</summary>
    public static async Task<DealDeskDatabase> OpenAsync(string file, DemoSettings settings, string volume,
        Func<DealDeskDatabase, Task>? afterSeeding = null)
    {
        var path = Path.Combine(Path.GetTempPath(), file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var database = DealDeskDatabase.ForSqlite(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        // Migrating a kept file is cheap and brings it the indexes of later migrations.
        var seeded = File.Exists(path + ".ready");
        if (!seeded)
        {
            File.Delete(path);
        }

        await using (var db = database.CreateContext(TenantScope.None))
        {
            await db.Database.MigrateAsync();
        }

        if (seeded)
        {
            await database.UpdateStatisticsAsync(full: false);
            return database;
        }

        var seeder = new DemoDataSeeder(database, Options.Create(settings), TimeProvider.System,
            NullLogger<DemoDataSeeder>.Instance);
        var started = DateTime.UtcNow;
        await seeder.SeedIfEmptyAsync();
        if (afterSeeding is not null)
        {
            await afterSeeding(database);
        }

        Console.WriteLine($"// Seeded {volume} in {(DateTime.UtcNow - started).TotalSeconds:F1} s");
        await File.WriteAllTextAsync(path + ".ready", DateTime.UtcNow.ToString("O"));
        return database;
    }
}
