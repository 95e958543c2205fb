using DealDesk.Core.Circles;
using DealDesk.Core.Contacts;
using DealDesk.Core.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealDesk.Data.Persistence.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("contacts");
        builder.Property(c => c.Name).HasMaxLength(Contact.NameMaxLength);
        builder.Property(c => c.Email).HasMaxLength(Contact.EmailMaxLength);
        builder.Property(c => c.NormalizedEmail).HasMaxLength(Contact.EmailMaxLength);
        builder.Property(c => c.Phone).HasMaxLength(Contact.PhoneMaxLength);
        builder.Property(c => c.Company).HasMaxLength(Contact.NameMaxLength);
        builder.Property(c => c.LatestNote).HasMaxLength(ContactNote.TextMaxLength);

        builder.HasOne<Workspace>().WithMany().HasForeignKey(c => c.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Circle>().WithMany().HasForeignKey(c => c.CircleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Notes).WithOne().HasForeignKey(n => n.ContactId).OnDelete(DeleteBehavior.Cascade);

        // Seed 003: email unique per circle (ignoring case), filters on status and funnel stage, search by name.
        // The list always reads one circle: its default order (last contact, newest first) and the name order are
        // read straight off an index holding the circle, and each funnel column's first cards off the stage's part
        // of (circle, stage, last contact), so none of them sorts 100,000 rows to show 25.
        builder.HasIndex(c => new { c.CircleId, c.NormalizedEmail }).IsUnique();
        builder.HasIndex(c => new { c.CircleId, c.Status });
        builder.HasIndex(c => new { c.CircleId, c.FunnelStage, c.LastContactAt });
        builder.HasIndex(c => new { c.CircleId, c.LastContactAt });
        builder.HasIndex(c => new { c.CircleId, c.Name });
        builder.HasIndex(c => c.NormalizedEmail);
    }
}
