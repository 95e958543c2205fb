using FluentValidation;

namespace DealDesk.Core.Intelligence.Qualification;

/// <summary>What a rep edits on one MEDDPICC element; the inline editor binds to it.</summary>
public sealed class ElementDraft
{
    /// <summary>The element.</summary>
    public MeddpiccElement Element { get; set; }

    /// <summary>How far it is known.</summary>
    public QualificationStatus Status { get; set; }

    /// <summary>Optional 0–10 score.</summary>
    public int? Score { get; set; }

    /// <summary>What is known.</summary>
    public string? Summary { get; set; }

    /// <summary>Concurrency token of the element as the editor loaded it (<see cref="ElementView.Version"/>);
    /// <c>null</c> when the element had never been assessed.</summary>
    public byte[]? Version { get; set; }
}

/// <summary>The rules of <see cref="ElementDraft"/>, shared by the editor and the service.</summary>
public sealed class ElementDraftValidator : AbstractValidator<ElementDraft>
{
    /// <summary>Creates the rules.</summary>
    public ElementDraftValidator()
    {
        RuleFor(d => d.Element).IsInEnum().WithMessage("Choose an element.");
        RuleFor(d => d.Status).IsInEnum().WithMessage("Choose a status.");
        RuleFor(d => d.Score).InclusiveBetween(0, DealQualification.MaxScore)
            .WithMessage($"Score must be between 0 and {DealQualification.MaxScore}.");
        RuleFor(d => d.Summary).MaximumLength(DealQualification.SummaryMaxLength)
            .WithMessage($"Summary must be at most {DealQualification.SummaryMaxLength} characters.");
    }
}
