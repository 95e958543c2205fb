using DealDesk.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data;

/// <summary>The SQL Server flavour: decimal(15,2) money and a native rowversion concurrency token.
/// Migrations in <c>Migrations/SqlServer</c>.</summary>
public sealed class SqlServerDealDeskDbContext(
    DbContextOptions<SqlServerDealDeskDbContext> options, TenantScope tenant, TimeProvider clock)
    : DealDeskDbContext(options, tenant, clock)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        ConfigureVersionTokens(modelBuilder, token => token.IsRowVersion());
    }
}
