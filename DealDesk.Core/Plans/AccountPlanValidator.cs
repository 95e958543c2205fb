using DealDesk.Core.Common;
using FluentValidation;

namespace DealDesk.Core.Plans;

/// <summary>The limits of an account plan, shared by the form and the service.</summary>
public sealed class AccountPlanValidator : AbstractValidator<AccountPlan>
{
    /// <summary>Creates the rules.</summary>
    public AccountPlanValidator()
    {
        const int max = AccountPlan.TextMaxLength;
        RuleFor(p => p.Profile).NotNull().WithMessage("The company profile is missing.");
        RuleFor(p => p.History).NotNull().WithMessage("The relationship history is missing.");
        RuleFor(p => p.Positioning).NotNull().WithMessage("The strategic positioning is missing.");
        When(p => p.Profile is not null, () =>
        {
            RuleFor(p => p.Profile.Industry).MaximumLength(max).WithMessage(PlanMessages.TooLong("Industry", max));
            RuleFor(p => p.Profile.Size).MaximumLength(max).WithMessage(PlanMessages.TooLong("Size", max));
            RuleFor(p => p.Profile.TechStack).MaximumLength(max).WithMessage(PlanMessages.TooLong("Tech stack", max));
            RuleFor(p => p.Profile.BusinessModel).MaximumLength(max)
                .WithMessage(PlanMessages.TooLong("Business model", max));
            RuleFor(p => p.Profile.StrategicInitiatives).MaximumLength(max)
                .WithMessage(PlanMessages.TooLong("Strategic initiatives", max));
        });
        When(p => p.History is not null, () =>
        {
            RuleFor(p => p.History.KeyEvents).Must(e => e.Count <= AccountPlan.MaxKeyEvents)
                .WithMessage(PlanMessages.AtMost(AccountPlan.MaxKeyEvents, "key events"));
            RuleForEach(p => p.History.KeyEvents).ChildRules(e =>
            {
                e.RuleFor(x => x.Description).NotEmpty().WithMessage("Each key event needs a description.")
                    .MaximumLength(PlanMessages.ItemMaxLength)
                    .WithMessage(PlanMessages.TooLong("A key event", PlanMessages.ItemMaxLength));
                e.RuleFor(x => x.Date).WithinDateBounds("A key event's date");
            });
            RuleFor(p => p.History.Interactions).Must(i => i.Count <= AccountPlan.MaxInteractions)
                .WithMessage(PlanMessages.AtMost(AccountPlan.MaxInteractions, "interaction summaries"));
            RuleForEach(p => p.History.Interactions).ChildRules(i =>
            {
                i.RuleFor(x => x.Summary).NotEmpty().WithMessage("Each interaction needs a summary.")
                    .MaximumLength(max).WithMessage(PlanMessages.TooLong("An interaction summary", max));
                i.RuleFor(x => x.Date).WithinDateBounds("An interaction's date");
                i.RuleFor(x => x.Channel).MaximumLength(PlanMessages.ItemMaxLength)
                    .WithMessage(PlanMessages.TooLong("A channel", PlanMessages.ItemMaxLength));
            });
            RuleFor(p => p.History.Wins).MaximumLength(max).WithMessage(PlanMessages.TooLong("Wins", max));
            RuleFor(p => p.History.Losses).MaximumLength(max).WithMessage(PlanMessages.TooLong("Losses", max));
        });
        When(p => p.Positioning is not null, () =>
        {
            RuleFor(p => p.Positioning.CompetitiveLandscape).MaximumLength(max)
                .WithMessage(PlanMessages.TooLong("Competitive landscape", max));
            RuleFor(p => p.Positioning.WhitespaceOpportunities).MaximumLength(max)
                .WithMessage(PlanMessages.TooLong("Whitespace opportunities", max));
            RuleFor(p => p.Positioning.StrategicFit).MaximumLength(max)
                .WithMessage(PlanMessages.TooLong("Strategic fit", max));
        });
        RuleFor(p => p.ActiveOpportunities).Must(o => o.Count <= AccountPlan.MaxActiveOpportunities)
            .WithMessage(PlanMessages.AtMost(AccountPlan.MaxActiveOpportunities, "active opportunities"));
    }
}
