using DealDesk.Core.Circles;
using DealDesk.Core.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealDesk.Data.Persistence.Configurations;

internal sealed class CircleConfiguration : IEntityTypeConfiguration<Circle>
{
    public void Configure(EntityTypeBuilder<Circle> builder)
    {
        builder.ToTable("circles");
        builder.Property(c => c.Name).HasMaxLength(Circle.NameMaxLength);
        builder.Property(c => c.Description).HasMaxLength(Circle.DescriptionMaxLength);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(c => c.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.WorkspaceId, c.Name }).IsUnique();
    }
}
