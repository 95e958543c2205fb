using FluentValidation;

namespace DealDesk.Core.Common;

/// <summary>The rules every validator shares, so a form and a service everywhere in DealDesk say the same thing
/// about the same kind of value.</summary>
public static class CommonRules
{
    /// <summary>The value, when given, is one plain email address (<see cref="EmailAddressRule"/>).</summary>
    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(e => string.IsNullOrWhiteSpace(e) || EmailAddressRule.IsValid(e)).WithMessage(EmailAddressRule.Message);

    /// <summary>The date, when given, lies within <see cref="DateBounds"/>.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> WithinDateBounds<T>(this IRuleBuilder<T, DateOnly?> rule,
        string field) =>
        rule.Must(DateBounds.Contains).WithMessage(DateBounds.Message(field));
}
