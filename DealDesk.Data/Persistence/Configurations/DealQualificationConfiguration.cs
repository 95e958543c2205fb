using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Qualification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealDesk.Data.Persistence.Configurations;

internal sealed class DealQualificationConfiguration : IEntityTypeConfiguration<DealQualification>
{
    public void Configure(EntityTypeBuilder<DealQualification> builder)
    {
        builder.ToTable("deal_qualifications");
        builder.Property(q => q.Summary).HasMaxLength(DealQualification.SummaryMaxLength);
        builder.HasOne<Deal>().WithMany().HasForeignKey(q => q.DealId).OnDelete(DeleteBehavior.Cascade);
        // One row per element of a deal; it also serves reading a deal's (or a batch of deals') elements.
        builder.HasIndex(q => new { q.DealId, q.Element }).IsUnique();
    }
}
