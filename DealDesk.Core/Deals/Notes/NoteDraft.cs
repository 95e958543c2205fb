using FluentValidation;

namespace DealDesk.Core.Deals.Notes;

/// <summary>A note being written, bound to the note box.</summary>
public sealed class NoteDraft
{
    /// <summary>The note's text.</summary>
    public string Text { get; set; } = "";
}

/// <summary>The rules of a note, shared by the note box and the service.</summary>
public sealed class NoteDraftValidator : AbstractValidator<NoteDraft>
{
    /// <summary>Creates the rules.</summary>
    public NoteDraftValidator()
    {
        RuleFor(n => n.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Write something first.")
            .MaximumLength(DealNote.TextMaxLength)
            .WithMessage($"A note must be at most {DealNote.TextMaxLength} characters.");
    }
}
