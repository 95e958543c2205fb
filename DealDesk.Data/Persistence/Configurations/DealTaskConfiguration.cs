using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Tasks;
using DealDesk.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealDesk.Data.Persistence.Configurations;

internal sealed class DealTaskConfiguration : IEntityTypeConfiguration<DealTask>
{
    public void Configure(EntityTypeBuilder<DealTask> builder)
    {
        builder.ToTable("deal_tasks");
        builder.Ignore(t => t.IsOpen);
        builder.Property(t => t.Title).HasMaxLength(DealTask.TitleMaxLength);
        builder.HasOne<Deal>().WithMany().HasForeignKey(t => t.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.AssigneeId).OnDelete(DeleteBehavior.SetNull);
        // A deal's open tasks by due date give its next step and its overdue count; a user's open tasks, their list.
        builder.HasIndex(t => new { t.DealId, t.CompletedAt, t.DueOn });
        builder.HasIndex(t => new { t.AssigneeId, t.CompletedAt, t.DueOn });
    }
}
