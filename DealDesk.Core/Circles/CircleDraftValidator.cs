using FluentValidation;

namespace DealDesk.Core.Circles;

/// <summary>The rules a circle's fields follow, shared by the form and the service; name uniqueness needs the
/// database and is checked by the service.</summary>
public sealed class CircleDraftValidator : AbstractValidator<CircleDraft>
{
    /// <summary>Creates the rules.</summary>
    public CircleDraftValidator()
    {
        RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Name is required.")
            .Must(n => n is null || n.Trim().Length <= Circle.NameMaxLength)
            .WithMessage($"Name must be at most {Circle.NameMaxLength} characters.");
        RuleFor(c => c.Description).Must(d => d is null || d.Trim().Length <= Circle.DescriptionMaxLength)
            .WithMessage($"Description must be at most {Circle.DescriptionMaxLength} characters.");
    }
}
