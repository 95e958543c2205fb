using DealDesk.Core.Accounts;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Identity;
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
        // Tables with triggers: EF Core then reads generated values without the OUTPUT clause SQL Server refuses there.
        modelBuilder.Entity<Deal>().ToTable(t => t.HasTrigger("deals_sort_keys"));
        modelBuilder.Entity<Account>().ToTable(t => t.HasTrigger("accounts_deal_sort_keys"));
        modelBuilder.Entity<ApplicationUser>().ToTable(t => t.HasTrigger("users_deal_sort_keys"));
        modelBuilder.Entity<PipelineStage>().ToTable(t => t.HasTrigger("stages_deal_sort_keys"));
    }
}
