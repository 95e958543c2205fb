using Bunit;
using DealDesk.Core.Common;
using DealDesk.Core.Plans;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Deals.Detail.Plan;
using DealDesk.Web.Components.Shared;

namespace DealDesk.Tests.Web.Plans;

/// <summary>The plan's action items stop at the limit, and an earlier version reads as read-only.</summary>
public sealed class PlanComponentsTests : MudComponentTest
{
    [Theory]
    [InlineData(29, false)]
    [InlineData(30, true)]
    public void ActionItems_AddIsDisabledAtTheLimit(int count, bool disabled)
    {
        var items = Enumerable.Range(1, count).Select(i => new PlanActionItem { Description = $"Step {i}" }).ToList();

        var cut = Render<ActionItemsTable>(p => p.Add(t => t.Items, items).Add(t => t.Owners, Array.Empty<NamedOption>()));

        Assert.Equal(count, cut.FindAll("[data-testid=action-item]").Count);
        Assert.Equal(disabled, cut.Find("[data-testid=action-add]").HasAttribute("disabled"));
        Assert.Contains($"{count} of at most 30 action items", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ActionItems_ReadOnly_OffersNoAddOrRemove()
    {
        var items = new List<PlanActionItem> { new() { Description = "Call the CFO" } };

        var cut = Render<ActionItemsTable>(p => p.Add(t => t.Items, items).Add(t => t.Owners, Array.Empty<NamedOption>())
            .Add(t => t.ReadOnly, true));

        Assert.Empty(cut.FindAll("[data-testid=action-add]"));
        Assert.Empty(cut.FindAll("[data-testid=action-remove]"));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(1, true)]
    public void VersionPicker_AnEarlierVersion_IsMarkedReadOnly(int shown, bool readOnly)
    {
        PlanVersionInfo[] versions = [new(2, "Riley Rep", DateTime.UtcNow), new(1, "Riley Rep", DateTime.UtcNow.AddDays(-1))];

        var cut = Render<PlanVersionPicker>(p => p.Add(v => v.Versions, versions).Add(v => v.Shown, shown));

        Assert.Equal(readOnly, cut.FindAll("[data-testid=plan-read-only]").Count == 1);
    }

    [Fact]
    public void Qualification_ShowsAllEightMeddpiccElements_AndTheLastAssessedDayAsTheAppWritesDates()
    {
        var plan = new OpportunityPlan { LastAssessed = new DateOnly(2026, 12, 3) };
        plan.Meddic.PaperProcess.Status = QualificationStatus.Partial;

        var cut = Render<QualificationSection>(p => p.Add(q => q.Plan, plan));

        foreach (var name in new[] { "Metrics", "Economic buyer", "Decision criteria", "Decision process",
                     "Paper process", "Identify pain", "Champion", "Competition" })
        {
            Assert.NotEmpty(cut.FindAll($"[data-testid='qualification-{name}']"));
        }

        Assert.Contains("Partial", cut.Find("[data-testid='qualification-Paper process']").OuterHtml + cut.Markup,
            StringComparison.Ordinal);
        Assert.Equal("3 Dec 2026", cut.Find("[data-testid=plan-last-assessed] input, input[data-testid=plan-last-assessed]")
            .GetAttribute("value"));
    }
}
