namespace DealDesk.Core.Contacts.Import;

/// <summary>The guard DealDesk puts on the text cells of the CSV files it writes (the contact export, an import's
/// rejected rows), and how the importer reads it back, so that an exported file imports as the same contacts.</summary>
/// <remarks>
/// <para>Spreadsheets run a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return as
/// a formula; written files put an apostrophe in front of such a cell, which spreadsheets show as the text it was. A
/// cell that starts with an apostrophe itself gets one more, so the guard can always be told apart from the data:
/// <c>'Tis</c> is written <c>''Tis</c>.</para>
/// <para>Reading, an apostrophe is removed only where the writer would have put it: in front of one of those
/// characters or of another apostrophe. <c>'+1 555 0100</c> reads as <c>+1 555 0100</c>, <c>''Tis</c> as <c>'Tis</c>,
/// and <c>'Tis</c> (not written by DealDesk) stays as it is. So every value survives an export and an import exactly;
/// a hand-made cell <c>'=A1</c> reads as <c>=A1</c>, which is also what a spreadsheet shows for it.</para>
/// </remarks>
public static class SpreadsheetFormulaGuard
{
    /// <summary>The character put in front of a guarded cell.</summary>
    public const char Mark = '\'';

    /// <summary>The characters that make a spreadsheet read a cell as a formula when it starts with one.</summary>
    public const string FormulaStarts = "=+-@\t\r";

    /// <summary>The first characters of the cells that are written with <see cref="Mark"/> in front: the formula starts
    /// and the mark itself.</summary>
    public const string GuardedStarts = FormulaStarts + "'";

    /// <summary>The cell as it was before the writer guarded it.</summary>
    public static string Unguard(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length >= 2 && cell[0] == Mark && GuardedStarts.Contains(cell[1], StringComparison.Ordinal)
            ? cell[1..]
            : cell;
    }
}
