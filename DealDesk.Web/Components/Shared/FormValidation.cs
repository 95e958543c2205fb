using FluentValidation;

namespace DealDesk.Web.Components.Shared;

/// <summary>Lets a <c>MudForm</c> check its fields with the Core validators, so the form and the service apply the
/// same rules. Pass the result to <c>MudForm.Validation</c> and set each field's <c>For</c>.</summary>
public static class FormValidation
{
    /// <summary>A per-field check: runs only the rules of the property that changed.</summary>
    public static Func<object, string, Task<IEnumerable<string>>> For<T>(IValidator<T> validator) =>
        async (model, propertyName) =>
        {
            var result = await validator.ValidateAsync(
                ValidationContext<T>.CreateWithOptions((T)model, options => options.IncludeProperties(propertyName)));
            return result.IsValid ? [] : result.Errors.Select(e => e.ErrorMessage);
        };
}
