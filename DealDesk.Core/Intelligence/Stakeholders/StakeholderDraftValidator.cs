using DealDesk.Core.Common;
using FluentValidation;

namespace DealDesk.Core.Intelligence.Stakeholders;

/// <summary>The rules a stakeholder's fields follow, shared by the dialog and the service. The email's uniqueness
/// within the account needs the database and is checked by the service.</summary>
public sealed class StakeholderDraftValidator : AbstractValidator<StakeholderDraft>
{
    /// <summary>Creates the rules.</summary>
    public StakeholderDraftValidator()
    {
        RuleFor(s => s.Name).NotEmpty().WithMessage("Name is required.")
            .MaximumLength(Stakeholder.NameMaxLength)
            .WithMessage($"Name must be at most {Stakeholder.NameMaxLength} characters.");
        RuleFor(s => s.Email).MaximumLength(Stakeholder.EmailMaxLength)
            .WithMessage($"Email must be at most {Stakeholder.EmailMaxLength} characters.")
            .ValidEmail()
            .When(s => !string.IsNullOrWhiteSpace(s.Email));
        RuleFor(s => s.Title).MaximumLength(Stakeholder.NameMaxLength)
            .WithMessage($"Title must be at most {Stakeholder.NameMaxLength} characters.");
        RuleFor(s => s.Notes).MaximumLength(Stakeholder.NotesMaxLength)
            .WithMessage($"Notes must be at most {Stakeholder.NotesMaxLength} characters.");
        RuleFor(s => s.Roles).Must(r => (r & ~AllRoles) == 0).WithMessage("Choose roles from the list.");
        RuleFor(s => s.DecisionPower).InclusiveBetween(StakeholderScore.Min, StakeholderScore.Max)
            .WithMessage(ScoreRange("Decision power"));
        RuleFor(s => s.Influence).InclusiveBetween(StakeholderScore.Min, StakeholderScore.Max)
            .WithMessage(ScoreRange("Influence"));
        RuleFor(s => s.Relationship).InclusiveBetween(StakeholderScore.Min, StakeholderScore.Max)
            .WithMessage(ScoreRange("Relationship strength"));
        RuleFor(s => s.ScoreEvidence).MaximumLength(StakeholderScore.EvidenceMaxLength)
            .WithMessage(StakeholderScore.EvidenceTooLong);
    }

    private static StakeholderRoles AllRoles =>
        Enum.GetValues<StakeholderRoles>().Aggregate(StakeholderRoles.None, (all, role) => all | role);

    private static string ScoreRange(string name) =>
        $"{name} must be from {StakeholderScore.Min} to {StakeholderScore.Max}.";
}
