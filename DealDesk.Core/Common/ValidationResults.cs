using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Results;

namespace DealDesk.Core.Common;

/// <summary>Turns FluentValidation's outcome into a <see cref="Result"/>.</summary>
public static class ValidationResults
{
    /// <summary>Nothing when <paramref name="draft"/> is valid; otherwise <see cref="ResultStatus.Invalid"/> with the
    /// messages per field. Shaped like the other refusals (<c>if (… is { } invalid) return invalid;</c>) so a service
    /// reads as a list of checks.</summary>
    public static Result? WhyInvalid<T>(this IValidator<T> validator, T draft)
    {
        ArgumentNullException.ThrowIfNull(validator);
        return Refusal(validator.Validate(draft));
    }

    /// <summary>As <see cref="WhyInvalid{T}(IValidator{T}, T)"/>, checking only what <paramref name="strategy"/>
    /// selects (an edit that changes some of the fields).</summary>
    public static Result? WhyInvalid<T>(this IValidator<T> validator, T draft, Action<ValidationStrategy<T>> strategy)
    {
        ArgumentNullException.ThrowIfNull(validator);
        return Refusal(validator.Validate(draft, strategy));
    }

    private static Result? Refusal(ValidationResult validation) =>
        validation.IsValid
            ? null
            : Result.Invalid(validation.Errors
                .GroupBy(e => e.PropertyName)
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));
}
