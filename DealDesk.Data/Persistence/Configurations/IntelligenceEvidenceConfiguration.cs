using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Qualification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealDesk.Data.Persistence.Configurations;

internal sealed class IntelligenceEvidenceConfiguration : IEntityTypeConfiguration<IntelligenceEvidence>
{
    public void Configure(EntityTypeBuilder<IntelligenceEvidence> builder)
    {
        builder.ToTable("intelligence_evidence");
        builder.Property(e => e.Text).HasMaxLength(IntelligenceEvidence.TextMaxLength);
        builder.HasOne<Deal>().WithMany().HasForeignKey(e => e.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.DealId, e.ObservedOn });
    }
}
