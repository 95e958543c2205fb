using FluentValidation;

namespace DealDesk.Core.Accounts;

/// <summary>The rules an account's fields follow, shared by the form and the service; name uniqueness needs the
/// database and is checked by the service.</summary>
public sealed class AccountDraftValidator : AbstractValidator<AccountDraft>
{
    /// <summary>Creates the rules.</summary>
    public AccountDraftValidator()
    {
        RuleFor(a => a.Name).NotEmpty().WithMessage("Name is required.")
            .MaximumLength(Account.NameMaxLength).WithMessage($"Name must be at most {Account.NameMaxLength} characters.");
        RuleFor(a => a.Industry).MaximumLength(Account.ShortTextMaxLength)
            .WithMessage($"Industry must be at most {Account.ShortTextMaxLength} characters.");
        RuleFor(a => a.CompanySizeBand).MaximumLength(Account.ShortTextMaxLength)
            .WithMessage($"Company size must be at most {Account.ShortTextMaxLength} characters.");
        RuleFor(a => a.Website).MaximumLength(Account.ShortTextMaxLength)
            .WithMessage($"Website must be at most {Account.ShortTextMaxLength} characters.")
            .Must(BeAWebAddress).WithMessage("Website must be a web address such as https://example.com.");
        RuleFor(a => a.Size).IsInEnum().WithMessage("Choose a size.");
        RuleFor(a => a.Region).IsInEnum().WithMessage("Choose a region.");
    }

    private static bool BeAWebAddress(string? website) =>
        string.IsNullOrWhiteSpace(website)
        || (Uri.TryCreate(website.Contains("://", StringComparison.Ordinal) ? website.Trim() : "https://" + website.Trim(),
                UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https" && uri.Host.Contains('.', StringComparison.Ordinal));
}
