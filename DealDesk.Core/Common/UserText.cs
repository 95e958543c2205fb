using System.Text;

namespace DealDesk.Core.Common;

/// <summary>Cleans what people type or paste before it is stored: every entity's text goes through
/// <see cref="Guard"/>, which calls this. Characters nobody can see are <b>stripped</b>, not refused: they come from
/// pastes (PDFs, spreadsheets, chat apps), the user cannot see them to remove them, and what is left is exactly the
/// text they see. The characters removed are the C0/C1 control characters (NUL, bell, escape, DEL…) and the
/// bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make a name read backwards
/// ("Trojan Source"). Single-line text (names, titles, emails) also turns tabs and line breaks into spaces;
/// multi-line text (notes, summaries, descriptions) keeps them, because there they are the user's layout.</summary>
public static class UserText
{
    /// <summary>Whether <paramref name="c"/> is never kept in user text: a control character other than tab and
    /// line breaks, or a bidirectional override or isolate.</summary>
    public static bool IsInvisibleHazard(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || IsBidiControl(c);

    /// <summary>Whether <paramref name="text"/> holds a character <see cref="SingleLine"/> would change.</summary>
    public static bool NeedsSingleLineCleaning(string? text) =>
        text is not null && text.Any(c => char.IsControl(c) || IsBidiControl(c));

    /// <summary><paramref name="text"/> as one line: hazards removed, tabs and line breaks turned into spaces
    /// (a pasted "Jane\nDoe" stays two words). <c>null</c> stays <c>null</c>.</summary>
    public static string? SingleLine(string? text) => Clean(text, multiline: false);

    /// <summary><paramref name="text"/> with hazards removed; tabs and line breaks are kept. <c>null</c> stays
    /// <c>null</c>.</summary>
    public static string? Multiline(string? text) => Clean(text, multiline: true);

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static string? Clean(string? text, bool multiline)
    {
        if (text is null || !text.Any(c => char.IsControl(c) || IsBidiControl(c)))
        {
            return text;
        }

        // A CR LF pair is one line break: on a single line it becomes one space, not two.
        var source = multiline ? text : text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var clean = new StringBuilder(source.Length);
        foreach (var c in source)
        {
            if (c is '\t' or '\n' or '\r')
            {
                clean.Append(multiline ? c : ' ');
            }
            else if (!IsInvisibleHazard(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }
}
