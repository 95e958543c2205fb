using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Notes;
using DealDesk.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealDesk.Data.Persistence.Configurations;

internal sealed class DealNoteConfiguration : IEntityTypeConfiguration<DealNote>
{
    public void Configure(EntityTypeBuilder<DealNote> builder)
    {
        builder.ToTable("deal_notes");
        builder.Property(n => n.Text).HasMaxLength(DealNote.TextMaxLength);
        builder.HasOne<Deal>().WithMany().HasForeignKey(n => n.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.AuthorId).OnDelete(DeleteBehavior.SetNull);
        // The deal page lists a deal's notes newest first.
        builder.HasIndex(n => new { n.DealId, n.CreatedAt, n.Id });
    }
}
