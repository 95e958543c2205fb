using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealDesk.Data.Persistence.Configurations;

internal sealed class DealStageHistoryConfiguration : IEntityTypeConfiguration<DealStageHistory>
{
    public void Configure(EntityTypeBuilder<DealStageHistory> builder)
    {
        builder.ToTable("deal_stage_history");
        // Ticks, because SQL Server's time type stops at 24 hours and deals sit in stages for weeks.
        builder.Property(h => h.TimeInPreviousStage).HasConversion<long?>();
        builder.HasOne<PipelineStage>().WithMany().HasForeignKey(h => h.FromStageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PipelineStage>().WithMany().HasForeignKey(h => h.ToStageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.DealId, h.MovedAt });
    }
}
