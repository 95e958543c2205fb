using DealDesk.Core.Workspaces;
using DealDesk.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealDesk.Data.Persistence.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(ApplicationUser.DisplayNameMaxLength);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(u => u.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
        // An email signs in to a workspace once; other workspaces may have it too (ADR 0007). Leads with the
        // workspace, so it serves the workspace's foreign key and its member lists as well.
        builder.HasIndex(u => new { u.WorkspaceId, u.NormalizedEmail }).IsUnique();
    }
}
