using FluentValidation;

namespace DealDesk.Web.Components.Shared;

/// <summary>Lets a <c>MudForm</c> check its fields with the Core validators, so the form and the service apply the
/// same rules. Pass the result to <c>MudForm.Validation</c> and set each field's <c>For</c>. Forms that also show
/// the service's field errors use <see cref="FormErrors{T}"/> directly.</summary>
public static class FormValidation
{
    /// <summary>A per-field check: runs only the rules of the property that changed.</summary>
    public static Func<object, string, Task<IEnumerable<string>>> For<T>(IValidator<T> validator)
        where T : class => new FormErrors<T>(validator).Validation;
}
