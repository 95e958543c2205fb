namespace DealDesk.Core.Common;

/// <summary>Checks entities use to protect their invariants.</summary>
internal static class Guard
{
    public static string Text(string? value, int maxLength, string field)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException($"{field} is required.");
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainException($"{field} must be at most {maxLength} characters.");
        }

        return trimmed;
    }

    public static string? OptionalText(string? value, int maxLength, string field)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainException($"{field} must be at most {maxLength} characters.");
    }

    public static Guid Id(Guid value, string field) =>
        value == Guid.Empty ? throw new DomainException($"{field} is required.") : value;
}
