using DealDesk.Core.Accounts;
using DealDesk.Core.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealDesk.Data.Persistence.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("accounts");
        builder.Property(a => a.Name).HasMaxLength(Account.NameMaxLength);
        builder.Property(a => a.NormalizedName).HasMaxLength(Account.NameMaxLength);
        builder.Property(a => a.Industry).HasMaxLength(Account.ShortTextMaxLength);
        builder.Property(a => a.CompanySizeBand).HasMaxLength(Account.ShortTextMaxLength);
        builder.Property(a => a.Website).HasMaxLength(Account.ShortTextMaxLength);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(a => a.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.WorkspaceId, a.NormalizedName }).IsUnique();
    }
}
