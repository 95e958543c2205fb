using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Core.Plans;
namespace DealDesk.Tests.Core.Plans;

/// <summary>Plan limits and the stakeholder draft's rules, with field-level messages.</summary>
public sealed class PlanValidatorTests
{
    [Theory]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void OpportunityPlan_AllowsAtMost30ActionItems(int count, bool valid)
    {
        var plan = new OpportunityPlan
        {
            ActionItems = Enumerable.Range(1, count).Select(i => new PlanActionItem { Description = $"Step {i}" }).ToList(),
        };

        var result = new OpportunityPlanValidator().Validate(plan);

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal((nameof(OpportunityPlan.ActionItems), "At most 30 action items."),
                (error.PropertyName, error.ErrorMessage));
        }
    }

    [Fact]
    public void OpportunityPlan_ActionItemWithoutDescription_IsRefusedOnThatItem()
    {
        var plan = new OpportunityPlan { ActionItems = [new PlanActionItem { Description = "ok" }, new PlanActionItem()] };

        var error = Assert.Single(new OpportunityPlanValidator().Validate(plan).Errors);

        Assert.Equal("ActionItems[1].Description", error.PropertyName);
    }

    [Theory]
    [InlineData(50, 20, true, "")]
    [InlineData(51, 20, false, "At most 50 key events.")]
    [InlineData(50, 21, false, "At most 20 interaction summaries.")]
    public void AccountPlan_LimitsKeyEventsAndInteractions(int events, int interactions, bool valid, string message)
    {
        var plan = new AccountPlan();
        plan.History.KeyEvents = Enumerable.Range(1, events).Select(i => new KeyEvent { Description = $"E{i}" }).ToList();
        plan.History.Interactions = Enumerable.Range(1, interactions)
            .Select(i => new InteractionSummary { Summary = $"S{i}" }).ToList();

        var result = new AccountPlanValidator().Validate(plan);

        Assert.Equal(valid, result.IsValid);
        Assert.Equal(valid ? [] : [message], result.Errors.Select(e => e.ErrorMessage));
    }

    [Theory]
    [InlineData("", null, null, nameof(StakeholderDraft.Name))]
    [InlineData("Dana", "not-an-email", null, nameof(StakeholderDraft.Email))]
    [InlineData("Dana", null, 11, nameof(StakeholderDraft.DecisionPower))]
    [InlineData("Dana", null, -1, nameof(StakeholderDraft.DecisionPower))]
    public void StakeholderDraft_BrokenField_IsReportedOnIt(string name, string? email, int? power, string field)
    {
        var draft = new StakeholderDraft { Name = name, Email = email, DecisionPower = power };

        var result = new StakeholderDraftValidator().Validate(draft);

        Assert.Equal([field], result.Errors.Select(e => e.PropertyName).Distinct());
    }

    [Fact]
    public void StakeholderDraft_EvidenceOver500Characters_IsRefused()
    {
        var draft = new StakeholderDraft { Name = "Dana", ScoreEvidence = new string('x', 501) };

        Assert.Equal([nameof(StakeholderDraft.ScoreEvidence)],
            new StakeholderDraftValidator().Validate(draft).Errors.Select(e => e.PropertyName));
    }
}
