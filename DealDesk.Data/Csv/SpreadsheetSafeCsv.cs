using System.Globalization;
using CsvHelper;
using DealDesk.Core.Contacts.Import;

namespace DealDesk.Data.Csv;

/// <summary>How every CSV file DealDesk hands to users is written: the contact export and an import's rejected rows.
/// </summary>
/// <remarks>Spreadsheets run a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return as a formula, and these files hold what users typed or uploaded. CsvHelper's <see cref="CsvInjection.Escape"/>
/// puts an apostrophe in front of such a text cell, which every spreadsheet shows as the text it was; the characters
/// and the apostrophe are set here rather than left to the library's defaults, which have changed between versions.
/// A cell that starts with an apostrophe gets one too, so that the importer can remove exactly the apostrophes added
/// here and read an export back as the same contacts (<see cref="SpreadsheetFormulaGuard"/>).
/// UTF-8 with a byte order mark, so that Excel reads accented names right rather than in the machine's code page.
/// </remarks>
public static class SpreadsheetSafeCsv
{
    /// <summary>The writer options for a file users open in a spreadsheet.</summary>
    public static CsvWriterOptions WriterOptions { get; } = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = SpreadsheetFormulaGuard.GuardedStarts,
        InjectionEscape = SpreadsheetFormulaGuard.Mark,
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = true,
    };
}
