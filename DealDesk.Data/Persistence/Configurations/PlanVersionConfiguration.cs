using DealDesk.Core.Accounts;
using DealDesk.Core.Deals;
using DealDesk.Core.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealDesk.Data.Persistence.Configurations;

internal sealed class OpportunityPlanVersionConfiguration : IEntityTypeConfiguration<OpportunityPlanVersion>
{
    public void Configure(EntityTypeBuilder<OpportunityPlanVersion> builder)
    {
        builder.ToTable("opportunity_plan_versions");
        builder.Property(v => v.Document).HasMaxLength(PlanVersion.DocumentMaxLength);
        builder.HasOne<Deal>().WithMany().HasForeignKey(v => v.DealId).OnDelete(DeleteBehavior.Cascade);
        // One row per save: two saves on top of the same version race for the same number and only one wins.
        builder.HasIndex(v => new { v.DealId, v.Number }).IsUnique();
    }
}

internal sealed class AccountPlanVersionConfiguration : IEntityTypeConfiguration<AccountPlanVersion>
{
    public void Configure(EntityTypeBuilder<AccountPlanVersion> builder)
    {
        builder.ToTable("account_plan_versions");
        builder.Property(v => v.Document).HasMaxLength(PlanVersion.DocumentMaxLength);
        builder.HasOne<Account>().WithMany().HasForeignKey(v => v.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.AccountId, v.Number }).IsUnique();
    }
}
