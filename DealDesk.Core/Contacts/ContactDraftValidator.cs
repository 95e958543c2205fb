using System.Text.RegularExpressions;
using DealDesk.Core.Common;
using FluentValidation;

namespace DealDesk.Core.Contacts;

/// <summary>The rules a contact's fields follow, shared by the form, the CSV import and the service; email
/// uniqueness in the circle needs the database and is checked by the service.</summary>
public sealed partial class ContactDraftValidator : AbstractValidator<ContactDraft>
{
    /// <summary>Creates the rules.</summary>
    public ContactDraftValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Name is required.")
            .MaximumLength(Contact.NameMaxLength).WithMessage($"Name must be at most {Contact.NameMaxLength} characters.");
        RuleFor(c => c.Email).NotEmpty().WithMessage("Email is required.")
            .MaximumLength(Contact.EmailMaxLength).WithMessage($"Email must be at most {Contact.EmailMaxLength} characters.")
            .ValidEmail();
        RuleFor(c => c.Phone).MaximumLength(Contact.PhoneMaxLength)
            .WithMessage($"Phone must be at most {Contact.PhoneMaxLength} characters.")
            .Must(BeAPhoneNumber).WithMessage(PhoneRule);
        RuleFor(c => c.Company).MaximumLength(Contact.NameMaxLength)
            .WithMessage($"Company must be at most {Contact.NameMaxLength} characters.");
        RuleFor(c => c.Status).IsInEnum().WithMessage("Choose a status.");
        RuleFor(c => c.FunnelStage).IsInEnum().WithMessage("Choose a funnel stage.");
        // Shown under the status, the field the user picks to fix it; the stage records what happened.
        RuleFor(c => c.Status).Must((c, status) => ContactFunnelRules.Allows(status, c.FunnelStage))
            .WithMessage(c => ContactFunnelRules.Contradiction(c.Status, c.FunnelStage));
    }

    /// <summary>What a phone number may look like, in words.</summary>
    public const string PhoneRule =
        "Phone may hold digits, spaces, ( ) - . and a leading +, with 5 to 20 digits, and an extension such as x718 or ext. 12.";

    /// <summary>Whether <paramref name="email"/> is one address; the rule every email in DealDesk follows.</summary>
    public static bool BeAnEmail(string? email) => EmailAddressRule.IsValid(email);

    private static bool BeAPhoneNumber(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return true;
        }

        // An extension (x718, ext. 12, extension 3, #4) is common in exports of address books and CRMs; its digits are
        // not the number's.
        var match = PhoneShape().Match(phone.Trim());
        var digits = match.Groups["number"].Value.Count(char.IsAsciiDigit);
        return match.Success && digits is >= 5 and <= 20;
    }

    [GeneratedRegex(@"^(?<number>\+?[0-9 ()\-.]+?)(?:\s*(?:x|ext\.?|extension|\#)\s*[0-9]{1,8})?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhoneShape();
}
