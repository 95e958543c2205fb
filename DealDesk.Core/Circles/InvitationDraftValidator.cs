using DealDesk.Core.Common;
using FluentValidation;

namespace DealDesk.Core.Circles;

/// <summary>The rules of an invitation, shared by the form and the service; whether the email already has a sign-in
/// needs the database and is checked by the service.</summary>
public sealed class InvitationDraftValidator : AbstractValidator<InvitationDraft>
{
    /// <summary>Creates the rules.</summary>
    public InvitationDraftValidator()
    {
        RuleFor(i => i.DisplayName).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Name is required.")
            .Must(n => n is null || n.Trim().Length <= InvitationDraft.DisplayNameMaxLength)
            .WithMessage($"Name must be at most {InvitationDraft.DisplayNameMaxLength} characters.");
        RuleFor(i => i.Email).Must(e => !string.IsNullOrWhiteSpace(e)).WithMessage("Email is required.")
            .Must(e => e is null || e.Trim().Length <= InvitationDraft.EmailMaxLength)
            .WithMessage($"Email must be at most {InvitationDraft.EmailMaxLength} characters.")
            .ValidEmail();
        RuleFor(i => i.Role).IsInEnum().WithMessage("Choose a role.");
    }
}
