using DealDesk.Core.Kpis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealDesk.Data.Persistence.Configurations;

internal sealed class KpiHistoryConfiguration : IEntityTypeConfiguration<KpiHistory>
{
    public void Configure(EntityTypeBuilder<KpiHistory> builder)
    {
        builder.ToTable("kpi_history");
        builder.Property(h => h.PercentComplete).HasPrecision(7, 2);
        builder.HasIndex(h => new { h.KpiId, h.RecordedAt });
        // One daily snapshot per KPI and day: a job restarted the same day cannot record it twice.
        builder.HasIndex(h => new { h.KpiId, h.SnapshotDate }).IsUnique().HasFilter("SnapshotDate IS NOT NULL");
    }
}
