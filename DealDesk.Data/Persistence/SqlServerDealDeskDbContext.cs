using DealDesk.Data.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Persistence;

/// <summary>The SQL Server flavour: decimal(15,2) money and a native rowversion concurrency token.
/// Migrations in <c>Persistence/Migrations/SqlServer</c>.</summary>
public sealed class SqlServerDealDeskDbContext(
    DbContextOptions<SqlServerDealDeskDbContext> options, TenantScope tenant)
    : DealDeskDbContext(options, tenant)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        ConfigureVersionTokens(modelBuilder, token => token.IsRowVersion());
    }
}
