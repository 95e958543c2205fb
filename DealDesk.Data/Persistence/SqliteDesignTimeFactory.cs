using DealDesk.Data.Persistence.Writing;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DealDesk.Data.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model and migrations without starting the web app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDealDeskDbContext>
{
    public SqliteDealDeskDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDealDeskDbContext>()
                .UseSqlite("Data Source=design-time.db")
                .UseWritePipeline(WritePipeline.Create(TimeProvider.System))
                .Options,
            TenantScope.None);
}
