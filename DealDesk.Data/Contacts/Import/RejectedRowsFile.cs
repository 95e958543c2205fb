using CsvHelper;
using DealDesk.Core.Contacts.Import;
namespace DealDesk.Data.Contacts.Import;

/// <summary>Writes the rejected rows of an import as CSV: the file's own columns, then "line" and "reason", so the user
/// can fix the rows in a spreadsheet and import them again. Written like every file users open in a spreadsheet
/// (<see cref="SpreadsheetSafeCsv"/>): the file holds what users uploaded, and cells that would run as formulas get a
/// leading apostrophe.</summary>
internal sealed class RejectedRowsFile : IDisposable
{
    private readonly CsvWriter _writer;
    private readonly int _columns;

    private RejectedRowsFile(string path, IReadOnlyList<string> headers)
    {
        _columns = headers.Count;
        ContactImportJobs.EnsureFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _writer = CsvWriter.ToFile(path, SpreadsheetSafeCsv.WriterOptions);
        _writer.WriteRecord([.. headers, "line", "reason"]);
    }

    /// <summary>Starts the file at <paramref name="path"/> (replacing it) with <paramref name="headers"/>.</summary>
    public static RejectedRowsFile Create(string path, IReadOnlyList<string> headers) => new(path, headers);

    /// <summary>Appends <paramref name="row"/>, cut or padded to the header's width (a row with extra cells keeps them
    /// in its reason, as the file's columns cannot hold them).</summary>
    public void Write(RejectedRow row)
    {
        var cells = new string[_columns + 2];
        for (var i = 0; i < _columns; i++)
        {
            cells[i] = i < row.Values.Count ? SpreadsheetSafeCsv.Text(row.Values[i]) : "";
        }

        cells[_columns] = row.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        cells[_columns + 1] = row.Values.Count > _columns
            ? $"{row.Reason} Extra values: {string.Join(" | ", row.Values.Skip(_columns))}"
            : row.Reason;
        _writer.WriteRecord(cells);
    }

    public void Dispose() => _writer.Dispose();
}
