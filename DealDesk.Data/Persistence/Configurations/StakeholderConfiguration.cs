using DealDesk.Core.Accounts;
using DealDesk.Core.Contacts;
using DealDesk.Core.Intelligence.Stakeholders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealDesk.Data.Persistence.Configurations;

internal sealed class StakeholderConfiguration : IEntityTypeConfiguration<Stakeholder>
{
    public void Configure(EntityTypeBuilder<Stakeholder> builder)
    {
        builder.ToTable("stakeholders");
        builder.Property(s => s.Name).HasMaxLength(Stakeholder.NameMaxLength);
        builder.Property(s => s.Title).HasMaxLength(Stakeholder.NameMaxLength);
        builder.Property(s => s.Email).HasMaxLength(Stakeholder.EmailMaxLength);
        builder.Property(s => s.NormalizedEmail).HasMaxLength(Stakeholder.EmailMaxLength);
        builder.Property(s => s.Notes).HasMaxLength(Stakeholder.NotesMaxLength);
        Score(builder.ComplexProperty(s => s.DecisionPower));
        Score(builder.ComplexProperty(s => s.InfluenceLevel));
        Score(builder.ComplexProperty(s => s.RelationshipStrength));

        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Contact>().WithMany().HasForeignKey(s => s.ContactId).OnDelete(DeleteBehavior.SetNull);
        // Seed 001: one stakeholder per email per account; people without an email are told apart by name.
        builder.HasIndex(s => new { s.AccountId, s.NormalizedEmail }).IsUnique();
        builder.HasIndex(s => s.ContactId);
    }

    private static void Score(ComplexPropertyBuilder<StakeholderScore> score) =>
        score.Property(s => s.Evidence).HasMaxLength(StakeholderScore.EvidenceMaxLength);
}
