using FluentValidation;

namespace DealDesk.Core.Pipeline;

/// <summary>The rules a stage's fields follow; unique names need the database and are checked by the service.</summary>
public sealed class StageDraftValidator : AbstractValidator<StageDraft>
{
    /// <summary>Longest rotting limit, a year.</summary>
    public const int MaxRottingDays = 365;

    /// <summary>Creates the rules.</summary>
    public StageDraftValidator()
    {
        RuleFor(s => s.Name).NotEmpty().WithMessage("Name is required.")
            .MaximumLength(PipelineStage.NameMaxLength)
            .WithMessage($"Name must be at most {PipelineStage.NameMaxLength} characters.");
        RuleFor(s => s.Kind).IsInEnum().WithMessage("Choose open, won or lost.");
        RuleFor(s => s.DefaultProbability).InclusiveBetween(0, 100).WithMessage("Probability must be between 0 and 100.");
        RuleFor(s => s.RottingDays).InclusiveBetween(1, MaxRottingDays)
            .When(s => s.RottingDays is not null)
            .WithMessage($"Rotting days must be between 1 and {MaxRottingDays}, or empty for never.");
    }
}
