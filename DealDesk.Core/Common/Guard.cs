namespace DealDesk.Core.Common;

/// <summary>Checks entities use to protect their invariants. Every text goes through <see cref="UserText"/> first,
/// so no entity stores a control character or a bidirectional override, whichever path wrote it.</summary>
internal static class Guard
{
    /// <summary>A required single-line text (a name, a title), cleaned and trimmed.</summary>
    public static string Text(string? value, int maxLength, string field) =>
        Required(UserText.SingleLine(value), maxLength, field);

    /// <summary>An optional single-line text, cleaned and trimmed; empty becomes <c>null</c>.</summary>
    public static string? OptionalText(string? value, int maxLength, string field) =>
        Optional(UserText.SingleLine(value), maxLength, field);

    /// <summary>A required multi-line text (a note), cleaned and trimmed; line breaks and tabs are kept.</summary>
    public static string MultilineText(string? value, int maxLength, string field) =>
        Required(UserText.Multiline(value), maxLength, field);

    /// <summary>An optional multi-line text, cleaned and trimmed; empty becomes <c>null</c>.</summary>
    public static string? OptionalMultilineText(string? value, int maxLength, string field) =>
        Optional(UserText.Multiline(value), maxLength, field);

    public static Guid Id(Guid value, string field) =>
        value == Guid.Empty ? throw new DomainException($"{field} is required.") : value;

    /// <summary><paramref name="date"/> when it lies within <see cref="DateBounds"/>.</summary>
    public static DateOnly? Date(DateOnly? date, string field) => DateBounds.Check(date, field);

    private static string Required(string? cleaned, int maxLength, string field)
    {
        var trimmed = cleaned?.Trim();
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

    private static string? Optional(string? cleaned, int maxLength, string field)
    {
        var trimmed = cleaned?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainException($"{field} must be at most {maxLength} characters.");
    }
}
