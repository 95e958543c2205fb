using DealDesk.Core.Common;
using FluentValidation;

namespace DealDesk.Core.Plans;

/// <summary>The limits of an opportunity plan, shared by the form and the service.</summary>
public sealed class OpportunityPlanValidator : AbstractValidator<OpportunityPlan>
{
    /// <summary>Creates the rules.</summary>
    public OpportunityPlanValidator()
    {
        const int max = OpportunityPlan.TextMaxLength;
        RuleFor(p => p.Deal).NotNull().WithMessage("The deal information is missing.");
        RuleFor(p => p.Bant).NotNull().WithMessage("The BANT section is missing.");
        RuleFor(p => p.Meddic).NotNull().WithMessage("The MEDDIC section is missing.");
        RuleFor(p => p.Confidence).InclusiveBetween(0, 100).WithMessage("Confidence must be from 0 to 100 %.");
        RuleFor(p => p.Deal.Name).MaximumLength(max).WithMessage(PlanMessages.TooLong("Deal name", max))
            .When(p => p.Deal is not null);
        RuleFor(p => p.Deal.CloseDate).WithinDateBounds("Close date").When(p => p.Deal is not null);
        RuleFor(p => p.LastAssessed).WithinDateBounds("Last assessed");
        RuleFor(p => p.Deal.Value).GreaterThanOrEqualTo(0).WithMessage("Value cannot be negative.")
            .When(p => p.Deal is not null);
        RuleForEach(p => Items(p)).ChildRules(item =>
                item.RuleFor(i => i.Note).MaximumLength(max).WithMessage(PlanMessages.TooLong("A note", max)))
            .OverridePropertyName("Qualification");
        RuleFor(p => p.Stakeholders).Must(s => s.Count <= OpportunityPlan.MaxStakeholders)
            .WithMessage(PlanMessages.AtMost(OpportunityPlan.MaxStakeholders, "stakeholders"));
        RuleForEach(p => p.Stakeholders).ChildRules(s =>
        {
            s.RuleFor(x => x.Name).NotEmpty().WithMessage("Each stakeholder needs a name.");
            s.RuleFor(x => x.Power).InclusiveBetween(0, 10).WithMessage("Power must be from 0 to 10.");
            s.RuleFor(x => x.Influence).InclusiveBetween(0, 10).WithMessage("Influence must be from 0 to 10.");
            s.RuleFor(x => x.KeyInsight).MaximumLength(max).WithMessage(PlanMessages.TooLong("A key insight", max));
        });
        RuleFor(p => p.ActionItems).Must(a => a.Count <= OpportunityPlan.MaxActionItems)
            .WithMessage(PlanMessages.AtMost(OpportunityPlan.MaxActionItems, "action items"));
        RuleForEach(p => p.ActionItems).ChildRules(a =>
        {
            a.RuleFor(x => x.Description).NotEmpty().WithMessage("Each action item needs a description.")
                .MaximumLength(PlanMessages.ItemMaxLength)
                .WithMessage(PlanMessages.TooLong("An action item", PlanMessages.ItemMaxLength));
            a.RuleFor(x => x.DueDate).WithinDateBounds("A due date");
            a.RuleFor(x => x.Status).IsInEnum().WithMessage("Choose a status.");
        });
    }

    private static IEnumerable<QualificationItem> Items(OpportunityPlan plan) =>
        plan.Bant is null || plan.Meddic is null
            ? []
            :
            [
                plan.Bant.Budget, plan.Bant.Authority, plan.Bant.Need, plan.Bant.Timeline,
                plan.Meddic.Metrics, plan.Meddic.EconomicBuyer, plan.Meddic.DecisionCriteria,
                plan.Meddic.DecisionProcess, plan.Meddic.IdentifyPain, plan.Meddic.Champion,
            ];
}
