using DealDesk.Core.Common;
using FluentValidation;

namespace DealDesk.Core.Deals;

/// <summary>The rules a deal's fields follow, shared by the dialog and the service. Rules that need the database
/// (the account exists, the circle is one of the user's, a lost stage needs a reason) are checked by the service.</summary>
public sealed class DealDraftValidator : AbstractValidator<DealDraft>
{
    /// <summary>Creates the rules.</summary>
    public DealDraftValidator()
    {
        RuleFor(d => d.Name).NotEmpty().WithMessage("Name is required.")
            .MaximumLength(Deal.NameMaxLength).WithMessage($"Name must be at most {Deal.NameMaxLength} characters.");
        RuleFor(d => d.AccountId).NotEmpty().WithMessage("Choose an account.");
        RuleFor(d => d.CircleId).NotEmpty().WithMessage("Choose a circle.");
        RuleFor(d => d.StageId).NotEmpty().WithMessage("Choose a stage.");
        RuleFor(d => d.Value).NotNull().WithMessage("Value is required.")
            .InclusiveBetween(0m, Money.MaxAmount).WithMessage($"Value must be between 0 and {Money.MaxAmount:N2}.");
        RuleFor(d => d.Currency).Must(BeACurrencyCode).WithMessage("Currency must be a three-letter code such as USD.");
        RuleFor(d => d.Priority).IsInEnum().WithMessage("Choose a priority.");
        RuleFor(d => d.ProductLine).MaximumLength(Deal.ShortTextMaxLength)
            .WithMessage($"Product line must be at most {Deal.ShortTextMaxLength} characters.");
        RuleFor(d => d.ExpectedCloseDate).WithinDateBounds("Close date");
        RuleFor(d => d.LostReason).MaximumLength(Deal.LostReasonMaxLength)
            .WithMessage(DealMessages.LostReasonTooLong);
    }

    private static bool BeACurrencyCode(string? currency) =>
        currency?.Trim() is { Length: 3 } code && code.All(char.IsAsciiLetter);
}
