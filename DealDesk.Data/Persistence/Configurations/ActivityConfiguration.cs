using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Timeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealDesk.Data.Persistence.Configurations;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("activities");
        builder.Property(a => a.Summary).HasMaxLength(Activity.SummaryMaxLength);
        builder.Property(a => a.Field).HasMaxLength(Activity.FieldMaxLength);
        builder.Property(a => a.OldValue).HasMaxLength(Activity.ValueMaxLength);
        builder.Property(a => a.NewValue).HasMaxLength(Activity.ValueMaxLength);
        builder.HasOne<Deal>().WithMany().HasForeignKey(a => a.DealId).OnDelete(DeleteBehavior.Cascade);
        // The timeline reads one deal's entries newest first, optionally of some kinds, a page at a time.
        builder.HasIndex(a => new { a.DealId, a.OccurredAt, a.Id });
    }
}
