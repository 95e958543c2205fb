using DealDesk.Core.Accounts;
using DealDesk.Core.Circles;
using DealDesk.Core.Contacts;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Core.Workspaces;
using DealDesk.Data.Deals;
using DealDesk.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealDesk.Data.Persistence.Configurations;

internal sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.ToTable("deals");
        builder.Ignore(d => d.IsOpen);
        builder.Property(d => d.Name).HasMaxLength(Deal.NameMaxLength);
        builder.Property(d => d.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(d => d.ProductLine).HasMaxLength(Deal.ShortTextMaxLength);
        builder.Property(d => d.ExternalId).HasMaxLength(Deal.ShortTextMaxLength);
        builder.Property(d => d.LostReason).HasMaxLength(Deal.LostReasonMaxLength);

        builder.HasOne<Workspace>().WithMany().HasForeignKey(d => d.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(d => d.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Circle>().WithMany().HasForeignKey(d => d.CircleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PipelineStage>().WithMany().HasForeignKey(d => d.StageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Contact>().WithMany().HasForeignKey(d => d.PrimaryContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(d => d.StageHistory).WithOne().HasForeignKey(h => h.DealId).OnDelete(DeleteBehavior.Cascade);

        // The deal table sorts by these and the board groups and pages by stage. Each index ends with the id (the
        // tie-break of every order) and the circle (checked for every row by the circle filter), so that SQLite walks
        // an order and skips the rows of an OFFSET inside the index, reading the table only for the rows it returns.
        // The board's column totals also weigh by probability: with it in the index they read no table row.
        builder.HasIndex(d => new { d.WorkspaceId, d.StageId, d.Value, d.Id, d.CircleId, d.Probability });
        builder.HasIndex(d => new { d.WorkspaceId, d.Value, d.Id, d.CircleId });
        builder.HasIndex(d => new { d.WorkspaceId, d.UpdatedAt, d.Id, d.CircleId });
        builder.HasIndex(d => new { d.WorkspaceId, d.StageEnteredAt, d.Id, d.CircleId });
        builder.HasIndex(d => new { d.WorkspaceId, d.ExpectedCloseDate, d.Id, d.CircleId });
        builder.HasIndex(d => new { d.WorkspaceId, d.Name, d.Id, d.CircleId });
        // Sorting and filtering the table by health (bands are score ranges).
        builder.HasIndex(d => new { d.WorkspaceId, d.HealthScore, d.Id, d.CircleId });
        // Counting what a user may see reads only this index.
        builder.HasIndex(d => new { d.WorkspaceId, d.CircleId });
        // The dashboard's figures, each read from one index without touching the table (docs/benchmarks.md, issue 14).
        // Partial, so that the planner cannot take the closed ones for a search of open deals ("LostAt IS NULL"
        // matches most rows and would throw away the value order: 45 ms instead of 0.3), and so that the open one
        // holds only the half of the deals the stage totals add up. Its stage comes before the circle so that the
        // GROUP BY walks it in order; WonAt and LostAt (always NULL in it) are there only because SQLite counts an
        // index as covering only when it holds every column the WHERE names.
        builder.HasIndex(d => new { d.WorkspaceId, d.StageId, d.CircleId, d.Value, d.Probability, d.WonAt, d.LostAt },
                "IX_deals_Open_WorkspaceId_StageId_CircleId_Value_Probability")
            .HasFilter("WonAt IS NULL AND LostAt IS NULL");
        builder.HasIndex(d => new { d.WorkspaceId, d.WonAt, d.CircleId, d.Value, d.CreatedAt },
                "IX_deals_Won_WorkspaceId_WonAt_CircleId_Value_CreatedAt")
            .HasFilter("WonAt IS NOT NULL");
        builder.HasIndex(d => new { d.WorkspaceId, d.LostAt, d.CircleId }, "IX_deals_Lost_WorkspaceId_LostAt_CircleId")
            .HasFilter("LostAt IS NOT NULL");
        DealSortKeys.Configure(builder);
        builder.HasIndex(d => d.CircleId);
        builder.HasIndex(d => d.AccountId);
        builder.HasIndex(d => d.OwnerId);
    }
}
