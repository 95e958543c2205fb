using DealDesk.Data.Persistence.Writing;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DealDesk.Data.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server model, migrations and script with no server running.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerDealDeskDbContext>
{
    public SqlServerDealDeskDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerDealDeskDbContext>()
                .UseSqlServer("Server=(local);Database=DealDesk;Trusted_Connection=True;TrustServerCertificate=True")
                .UseWritePipeline(WritePipeline.Create(TimeProvider.System))
                .Options,
            TenantScope.None);
}
