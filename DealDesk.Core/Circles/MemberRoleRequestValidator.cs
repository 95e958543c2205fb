using FluentValidation;

namespace DealDesk.Core.Circles;

/// <summary>The shape of a member request; who may give which role is <see cref="MembershipRules"/>.</summary>
public sealed class MemberRoleRequestValidator : AbstractValidator<MemberRoleRequest>
{
    /// <summary>Creates the rules.</summary>
    public MemberRoleRequestValidator()
    {
        RuleFor(r => r.CircleId).NotEmpty().WithMessage("Choose a circle.");
        RuleFor(r => r.UserId).NotEmpty().WithMessage("Choose a person.");
        RuleFor(r => r.Role).IsInEnum().WithMessage("Choose a role.");
    }
}
