using DealDesk.Core.Deals.Timeline;
using DealDesk.Core.Plans;
using DealDesk.Data.Persistence;
using DealDesk.Data.Plans;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Seeding;

/// <summary>Gives a couple of open deals an opportunity plan saved twice, so the version picker has something to
/// show, with the "Plan version n saved" entries on their timelines.</summary>
internal static class DemoPlanGenerator
{
    private const int PlannedDeals = 2;

    public static async Task SeedAsync(DealDeskDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var deals = await db.Deals.Where(d => d.WonAt == null && d.LostAt == null)
            .OrderBy(d => d.Id).Take(PlannedDeals)
            .Select(d => new { d.Id, d.Name, d.Value, d.Currency, d.ExpectedCloseDate, d.OwnerId })
            .ToListAsync(cancellationToken);
        var ids = deals.Select(d => d.Id).ToList();
        var assessed = (await db.DealQualifications.Where(q => ids.Contains(q.DealId))
                .Select(q => new { q.DealId, q.Element, q.Status, q.Summary, q.UpdatedAt })
                .ToListAsync(cancellationToken))
            .ToLookup(q => q.DealId, q => (q.Element, q.Status, q.Summary, q.UpdatedAt));
        foreach (var deal in deals)
        {
            var plan = new OpportunityPlan
            {
                Deal = new DealSnapshot
                {
                    Name = deal.Name, Value = deal.Value, Currency = deal.Currency, CloseDate = deal.ExpectedCloseDate,
                },
                Confidence = 40,
                LastAssessed = DateOnly.FromDateTime(now.AddDays(-10)),
            };
            // As "Prefill from deal" would: the plan's MEDDPICC agrees with the deal's Intelligence tab.
            plan.PrefillQualification(assessed[deal.Id]);
            plan.Bant.Need = new QualificationItem { Status = QualificationStatus.Confirmed, Note = "Manual reporting costs two days a month" };
            plan.Bant.Budget = new QualificationItem { Status = QualificationStatus.Partial, Note = "Budget exists for next quarter" };
            plan.ActionItems.Add(new PlanActionItem
            {
                Description = "Confirm the budget owner", OwnerId = deal.OwnerId, DueDate = DateOnly.FromDateTime(now.AddDays(7)),
            });
            Save(db, deal.Id, 1, plan, deal.OwnerId, now.AddDays(-10));

            plan.Confidence = 60;
            plan.Bant.Budget = new QualificationItem { Status = QualificationStatus.Confirmed, Note = "Budget approved by the CFO" };
            plan.ActionItems[0].Status = ActionItemStatus.Done;
            plan.ActionItems.Add(new PlanActionItem
            {
                Description = "Send the security questionnaire", OwnerId = deal.OwnerId,
                DueDate = DateOnly.FromDateTime(now.AddDays(10)),
            });
            Save(db, deal.Id, 2, plan, deal.OwnerId, now.AddDays(-2));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Save(DealDeskDbContext db, Guid dealId, int number, OpportunityPlan plan, Guid? by, DateTime at)
    {
        db.Add(new OpportunityPlanVersion(dealId, number, PlanDocuments.Write(plan), by, at));
        db.Add(Activity.Record(dealId, ActivityKind.PlanSaved, by, at, PlanMessages.Saved(number)));
    }
}
