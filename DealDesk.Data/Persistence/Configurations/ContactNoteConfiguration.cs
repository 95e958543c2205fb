using DealDesk.Core.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealDesk.Data.Persistence.Configurations;

internal sealed class ContactNoteConfiguration : IEntityTypeConfiguration<ContactNote>
{
    public void Configure(EntityTypeBuilder<ContactNote> builder)
    {
        builder.ToTable("contact_notes");
        builder.Property(n => n.Text).HasMaxLength(ContactNote.TextMaxLength);
        builder.HasIndex(n => new { n.ContactId, n.CreatedAt });
    }
}
