using DealDesk.Core.Common;
using FluentValidation;

namespace DealDesk.Core.Intelligence.Qualification;

/// <summary>A new piece of evidence as the add form collects it.</summary>
public sealed class EvidenceDraft
{
    /// <summary>The element it supports; <c>null</c> for the deal in general.</summary>
    public MeddpiccElement? Element { get; set; }

    /// <summary>Quote or fact.</summary>
    public EvidenceKind Kind { get; set; } = EvidenceKind.Fact;

    /// <summary>The quote or fact.</summary>
    public string Text { get; set; } = "";

    /// <summary>Where it came from.</summary>
    public EvidenceSource Source { get; set; } = EvidenceSource.Manual;

    /// <summary>How sure we are, 0–100.</summary>
    public int Confidence { get; set; } = 50;

    /// <summary>The day it was said or seen; <c>null</c> means today.</summary>
    public DateOnly? ObservedOn { get; set; }
}

/// <summary>The rules of <see cref="EvidenceDraft"/>, shared by the form and the service.</summary>
public sealed class EvidenceDraftValidator : AbstractValidator<EvidenceDraft>
{
    /// <summary>Creates the rules.</summary>
    public EvidenceDraftValidator()
    {
        RuleFor(d => d.Element).IsInEnum().When(d => d.Element is not null).WithMessage("Choose an element.");
        RuleFor(d => d.Kind).IsInEnum().WithMessage("Choose quote or fact.");
        RuleFor(d => d.Source).IsInEnum().WithMessage("Choose a source.");
        RuleFor(d => d.Text).NotEmpty().WithMessage("Text is required.")
            .MaximumLength(IntelligenceEvidence.TextMaxLength)
            .WithMessage($"Text must be at most {IntelligenceEvidence.TextMaxLength} characters.");
        RuleFor(d => d.Confidence).InclusiveBetween(0, IntelligenceEvidence.MaxConfidence)
            .WithMessage($"Confidence must be between 0 and {IntelligenceEvidence.MaxConfidence}.");
        RuleFor(d => d.ObservedOn).WithinDateBounds("Observed date");
    }
}
