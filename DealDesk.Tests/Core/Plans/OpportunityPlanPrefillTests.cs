using DealDesk.Core.Intelligence.Qualification;
using DealDesk.Core.Plans;
using PlanStatus = DealDesk.Core.Plans.QualificationStatus;
using MeddpiccStatus = DealDesk.Core.Intelligence.Qualification.QualificationStatus;

namespace DealDesk.Tests.Core.Plans;

/// <summary>"Prefill from deal" fills the plan's qualification tracking from the deal's live MEDDPICC.</summary>
public sealed class OpportunityPlanPrefillTests
{
    private static readonly DateTime Monday = new(2026, 11, 30, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void PrefillQualification_TakesEveryElementsStatus_TheSummaries_AndTheLatestDay()
    {
        var plan = new OpportunityPlan();
        plan.Meddic.Metrics.Note = "Written in the plan";
        plan.Meddic.Competition.Status = PlanStatus.Confirmed;

        plan.PrefillQualification(
        [
            (MeddpiccElement.Champion, MeddpiccStatus.Confirmed, " Dana runs the pilot ", Monday),
            (MeddpiccElement.PaperProcess, MeddpiccStatus.Partial, null, Monday.AddDays(2)),
            (MeddpiccElement.Metrics, MeddpiccStatus.Partial, "", Monday),
        ]);

        Assert.Equal((PlanStatus.Confirmed, "Dana runs the pilot"), (plan.Meddic.Champion.Status, plan.Meddic.Champion.Note));
        Assert.Equal(PlanStatus.Partial, plan.Meddic.PaperProcess.Status);
        // No summary in MEDDPICC: the plan's own note stays.
        Assert.Equal((PlanStatus.Partial, "Written in the plan"), (plan.Meddic.Metrics.Status, plan.Meddic.Metrics.Note));
        // Never assessed on the deal: unknown, whatever the plan said before.
        Assert.Equal(PlanStatus.Unknown, plan.Meddic.Competition.Status);
        Assert.Equal(new DateOnly(2026, 12, 2), plan.LastAssessed);
    }

    [Fact]
    public void MeddicSnapshot_HoldsAllEightElements_EachItsOwnItem()
    {
        var snapshot = new MeddicSnapshot();

        var items = MeddpiccElements.All.Select(snapshot.Of).ToList();

        Assert.Equal(8, items.Count);
        Assert.Equal(8, items.Distinct().Count());
    }
}
