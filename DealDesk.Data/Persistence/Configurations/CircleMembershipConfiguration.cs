using DealDesk.Core.Circles;
using DealDesk.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealDesk.Data.Persistence.Configurations;

internal sealed class CircleMembershipConfiguration : IEntityTypeConfiguration<CircleMembership>
{
    public void Configure(EntityTypeBuilder<CircleMembership> builder)
    {
        builder.ToTable("circle_memberships");
        builder.Ignore(m => m.CanManage);
        builder.HasOne<Circle>().WithMany().HasForeignKey(m => m.CircleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.CircleId, m.UserId }).IsUnique();
        // The circle filter asks "which circles is this user in?" on every circle-owned query.
        builder.HasIndex(m => new { m.UserId, m.CircleId });
    }
}
