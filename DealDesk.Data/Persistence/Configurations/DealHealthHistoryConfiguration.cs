using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealDesk.Data.Persistence.Configurations;

internal sealed class DealHealthHistoryConfiguration : IEntityTypeConfiguration<DealHealthHistory>
{
    public void Configure(EntityTypeBuilder<DealHealthHistory> builder)
    {
        builder.ToTable("deal_health_history");
        builder.HasOne<Deal>().WithMany().HasForeignKey(h => h.DealId).OnDelete(DeleteBehavior.Cascade);
        // The chart and the latest factors read one deal's calculations by time.
        builder.HasIndex(h => new { h.DealId, h.CalculatedAt });
    }
}
