using DealDesk.Core.Circles;
using DealDesk.Core.Kpis;
using DealDesk.Core.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealDesk.Data.Persistence.Configurations;

internal sealed class KpiConfiguration : IEntityTypeConfiguration<Kpi>
{
    public void Configure(EntityTypeBuilder<Kpi> builder)
    {
        builder.ToTable("kpis");
        builder.Property(k => k.Name).HasMaxLength(Kpi.NameMaxLength);
        builder.Property(k => k.PercentComplete).HasPrecision(7, 2);
        builder.Property(k => k.PercentChange).HasPrecision(7, 2);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(k => k.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Circle>().WithMany().HasForeignKey(k => k.CircleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(k => k.History).WithOne().HasForeignKey(h => h.KpiId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(k => k.CircleId);
    }
}
