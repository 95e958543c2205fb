using FluentValidation;

namespace DealDesk.Core.Kpis;

/// <summary>The rules of a KPI's fields, shared by the form and the service.</summary>
public sealed class KpiDraftValidator : AbstractValidator<KpiDraft>
{
    /// <summary>Creates the rules.</summary>
    public KpiDraftValidator()
    {
        RuleFor(k => k.Name).NotEmpty().WithMessage("Name is required.")
            .MaximumLength(Kpi.NameMaxLength).WithMessage($"Name must be at most {Kpi.NameMaxLength} characters.");
        RuleFor(k => k.Value).NotNull().WithMessage("Enter a starting value.")
            .InclusiveBetween(-Kpi.MaxMagnitude, Kpi.MaxMagnitude).WithMessage(KpiMessages.OutOfRange("Value"));
        RuleFor(k => k.Target).NotNull().WithMessage("Enter a target.")
            .InclusiveBetween(-Kpi.MaxMagnitude, Kpi.MaxMagnitude).WithMessage(KpiMessages.OutOfRange("Target"));
        RuleFor(k => k.Unit).IsInEnum().WithMessage("Choose a unit.");
        RuleFor(k => k.Direction).IsInEnum().WithMessage("Choose whether higher or lower is better.");
    }
}

/// <summary>The rule of a value typed into a KPI card, shared by the card and the service.</summary>
public sealed class KpiValueDraftValidator : AbstractValidator<KpiValueDraft>
{
    /// <summary>Creates the rule.</summary>
    public KpiValueDraftValidator()
    {
        RuleFor(k => k.Value).NotNull().WithMessage("Enter a value.")
            .InclusiveBetween(-Kpi.MaxMagnitude, Kpi.MaxMagnitude).WithMessage(KpiMessages.OutOfRange("Value"));
    }
}
