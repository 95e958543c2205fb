using DealDesk.Core.Common;
using FluentValidation;

namespace DealDesk.Web.Components.Shared;

/// <summary>The validation of one MudForm: the Core validator's rules as the user types, plus the field errors the
/// service returned on save (a duplicate name, a circle the user left). A service error stays on its field only while
/// the field still holds the value it was about, so fixing the field clears it.</summary>
/// <typeparam name="T">The form model.</typeparam>
public sealed class FormErrors<T>(IValidator<T> validator)
    where T : class
{
    private readonly Dictionary<string, (object? Value, string[] Messages)> _fromService = [];

    /// <summary>Messages about no single field (e.g. a conflict), shown above the buttons.</summary>
    public IReadOnlyList<string> General { get; private set; } = [];

    /// <summary>For <c>MudForm.Validation</c>.</summary>
    public Func<object, string, Task<IEnumerable<string>>> Validation => ValidateAsync;

    /// <summary>Forgets what the service said, before the next save.</summary>
    public void Clear()
    {
        _fromService.Clear();
        General = [];
    }

    /// <summary>Keeps the failures of <paramref name="result"/> against the values of <paramref name="model"/> now.</summary>
    public void Show(Result result, T model)
    {
        ArgumentNullException.ThrowIfNull(result);
        Clear();
        var general = new List<string>();
        foreach (var (field, messages) in result.FieldErrors)
        {
            var property = typeof(T).GetProperty(field);
            if (property is null)
            {
                general.AddRange(messages);
                continue;
            }

            _fromService[field] = (property.GetValue(model), messages);
        }

        if (result.FieldErrors.Count == 0 && result.Message is { } message)
        {
            general.Add(message);
        }

        General = general;
    }

    private async Task<IEnumerable<string>> ValidateAsync(object model, string propertyName)
    {
        var result = await validator.ValidateAsync(
            ValidationContext<T>.CreateWithOptions((T)model, options => options.IncludeProperties(propertyName)));
        var messages = result.Errors.Select(e => e.ErrorMessage).ToList();
        if (_fromService.TryGetValue(propertyName, out var stored)
            && Equals(stored.Value, typeof(T).GetProperty(propertyName)?.GetValue(model)))
        {
            messages.AddRange(stored.Messages);
        }

        return messages.Distinct();
    }
}
