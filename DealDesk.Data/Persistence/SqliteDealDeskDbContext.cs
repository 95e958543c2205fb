using DealDesk.Core.Common;
using DealDesk.Data.Persistence.Conversions;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DealDesk.Data.Persistence;

/// <summary>The SQLite flavour: money as integer hundredths, and an app-managed concurrency token because
/// SQLite has no rowversion. Migrations in <c>Persistence/Migrations/Sqlite</c>.</summary>
public sealed class SqliteDealDeskDbContext(
    DbContextOptions<SqliteDealDeskDbContext> options, TenantScope tenant, TimeProvider clock)
    : DealDeskDbContext(options, tenant, clock)
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

    /// <summary>A fresh random token on every save; the update's WHERE clause compares the one read.</summary>
    protected override void RenewVersion(EntityEntry entry) =>
        entry.Property(nameof(IConcurrencyVersioned.Version)).CurrentValue = Guid.NewGuid().ToByteArray();

    protected override Func<byte[]>? NewVersion() => () => Guid.NewGuid().ToByteArray();
}
