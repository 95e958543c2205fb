using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DealDesk.Tests.Support;

/// <summary>A SQLite database holding a small demo data set (both workspaces), shared by a test class.</summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    public static readonly DemoSettings SmallDemo = new()
    {
        Seed = true, Accounts = 15, Deals = 120, Contacts = 40, Kpis = 6, KpiHistoryDays = 10,
    };

    private SqliteTestDatabase? _database;

    public SqliteTestDatabase Sqlite => _database ?? throw new InvalidOperationException("Not initialised.");

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        var seeder = new DemoDataSeeder(
            _database.Database, Options.Create(SmallDemo), TimeProvider.System, NullLogger<DemoDataSeeder>.Instance);
        await seeder.SeedIfEmptyAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>The scope the demo user with <paramref name="email"/> acts in.</summary>
    public Task<TenantScope> ScopeOfAsync(string email) => Sqlite.Database.ScopeOfUserAsync(email);

    /// <summary>The scope of the whole workspace named <paramref name="name"/>, as a system job sees it.</summary>
    public async Task<TenantScope> WorkspaceScopeAsync(string name)
    {
        await using var db = Sqlite.For(TenantScope.None);
        var id = await db.Workspaces.IgnoreQueryFilters().Where(w => w.Name == name).Select(w => w.Id).SingleAsync();
        return TenantScope.System(id);
    }
}
