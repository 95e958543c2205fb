using DealDesk.Data.Persistence.Conversions;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Persistence;

/// <summary>The SQLite flavour: money as integer hundredths, and an app-managed concurrency token because
/// SQLite has no rowversion (renewed on every save by the write pipeline's <c>VersionStep</c>). Migrations in
/// <c>Persistence/Migrations/Sqlite</c>.</summary>
public sealed class SqliteDealDeskDbContext(
    DbContextOptions<SqliteDealDeskDbContext> options, TenantScope tenant)
    : DealDeskDbContext(options, tenant)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<decimal>().HaveConversion<HundredthsConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        ConfigureVersionTokens(modelBuilder, token => token.IsConcurrencyToken());
    }
}
