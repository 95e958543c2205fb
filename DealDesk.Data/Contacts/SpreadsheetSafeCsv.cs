using System.Globalization;
using CsvHelper;
using DealDesk.Core.Contacts.Import;

namespace DealDesk.Data.Contacts;

/// <summary>How every CSV file DealDesk hands to users is written: the contact export and an import's rejected rows.
/// </summary>
/// <remarks>Spreadsheets run a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return as a formula, and these files hold what users typed or uploaded. CsvHelper's <see cref="CsvInjection.Escape"/>
/// puts an apostrophe in front of such a text cell, which every spreadsheet shows as the text it was; the characters
/// and the apostrophe are set here rather than left to the library's defaults, which have changed between versions.
/// A text cell that starts with an apostrophe gets one more (<see cref="Text"/>), so that the importer can remove
/// exactly the apostrophes added here and read an export back as the same contacts (<see cref="SpreadsheetFormulaGuard"/>);
/// the library cannot do that one, as its escape character may not also be one it escapes.
/// UTF-8 with a byte order mark, so that Excel reads accented names right rather than in the machine's code page.
/// </remarks>
public static class SpreadsheetSafeCsv
{
    /// <summary>The writer options for a file users open in a spreadsheet.</summary>
    public static CsvWriterOptions WriterOptions { get; } = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = SpreadsheetFormulaGuard.FormulaStarts,
        InjectionEscape = SpreadsheetFormulaGuard.Mark,
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = true,
    };

    /// <summary>A text cell as it is to be written: one that starts with the guard's apostrophe gets another, so that
    /// reading the file back removes one and keeps the value's own (<c>'Tis</c> is written <c>''Tis</c>). Cells that
    /// start like a formula are guarded by the writer's options.</summary>
    public static string Text(string? value) =>
        value is [SpreadsheetFormulaGuard.Mark, ..] ? SpreadsheetFormulaGuard.Mark + value : value ?? "";
}
