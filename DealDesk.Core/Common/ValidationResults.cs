using FluentValidation.Results;

namespace DealDesk.Core.Common;

/// <summary>Turns FluentValidation's outcome into a <see cref="Result"/>.</summary>
public static class ValidationResults
{
    /// <summary>Success when valid; otherwise <see cref="ResultStatus.Invalid"/> with the messages per field.</summary>
    public static Result ToResult(this ValidationResult validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        return validation.IsValid
            ? Result.Ok()
            : Result.Invalid(validation.Errors
                .GroupBy(e => e.PropertyName)
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));
    }
}
