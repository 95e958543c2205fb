namespace DealDesk.Core.Common;

/// <summary>Initials for avatars.</summary>
public static class Initials
{
    /// <summary>First letters of the first and last word, upper-cased; empty for no name.</summary>
    public static string Of(string? name)
    {
        var words = (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length switch
        {
            0 => "",
            1 => char.ToUpperInvariant(words[0][0]).ToString(),
            _ => $"{char.ToUpperInvariant(words[0][0])}{char.ToUpperInvariant(words[^1][0])}",
        };
    }
}
