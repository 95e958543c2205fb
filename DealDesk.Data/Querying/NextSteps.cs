using DealDesk.Core.Tasks;

namespace DealDesk.Data.Querying;

/// <summary>A deal's next step: its earliest open task by due date (undated ones last), then by creation. Used as a
/// correlated subquery in the row and card projections, where the (DealId, CompletedAt, DueOn) index makes each one
/// a short index read.</summary>
internal static class NextSteps
{
    /// <summary>The open tasks of <paramref name="dealId"/> in next-step order; take the first.</summary>
    public static IQueryable<DealTask> Of(DealDeskDbContext db, Guid dealId) =>
        db.DealTasks.Where(t => t.DealId == dealId && t.CompletedAt == null)
            .OrderBy(t => t.DueOn == null).ThenBy(t => t.DueOn).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id);
}
