using System.Text;
using System.Text.Unicode;
using CsvHelper;
using DealDesk.Core.Contacts.Import;

namespace DealDesk.Data.Contacts.Import;

/// <summary>One data row of an uploaded CSV as the importer sees it.</summary>
/// <param name="LineNumber">The line the row starts on (the header is line 1).</param>
/// <param name="Values">The cells; bytes that are not UTF-8 read as U+FFFD.</param>
/// <param name="ValidUtf8">Whether every cell was valid UTF-8.</param>
/// <param name="BadQuotes">Whether the row breaks the quoting rules (a stray or unclosed quote).</param>
/// <param name="LastLineNumber">The line the row ends on: past <paramref name="LineNumber"/> when a quoted cell holds
/// line breaks, legitimately or because a quote was left open.</param>
internal sealed record CsvLine(long LineNumber, string[] Values, bool ValidUtf8, bool BadQuotes, long LastLineNumber)
{
    /// <summary>Whether a quote left open made one row of several lines: the row runs over more than one line and
    /// breaks the quoting rules or does not fit the header. A note or an address with line breaks in a well quoted
    /// cell fits the header, and stays one row as it should.</summary>
    public bool SwallowedLines(int columns) => LastLineNumber > LineNumber && (BadQuotes || Values.Length != columns);
}

/// <summary>Streams an uploaded CSV row by row with CsvHelper, which parses the UTF-8 bytes in place: memory stays at
/// its 64 KB buffer (and the row at hand) however large the file. The separator (, ; tab |) is detected from the first
/// lines, as spreadsheets in many locales write semicolons.</summary>
internal sealed class ContactCsvFile : IAsyncDisposable
{
    private readonly FileStream _stream;
    private readonly CsvReader _reader;
    private readonly HashSet<long> _malformedRecords = [];

    private ContactCsvFile(string path)
    {
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096,
            FileOptions.SequentialScan | FileOptions.Asynchronous);
        var options = CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            // An unclosed quote would otherwise make the rest of a 50 MB file one record held in memory.
            MaxRecordSize = ContactImportLimits.MaxRowBytes,
            OnMalformedRecord = record => _malformedRecords.Add(record.RecordNumber),
        };
        _reader = CsvReader.Create(_stream, options, leaveOpen: true);
    }

    /// <summary>The file's size in bytes.</summary>
    public long Length => _stream.Length;

    /// <summary>How far the reader has read, in bytes (a buffer ahead of the current row).</summary>
    public long Position => _stream.Position;

    /// <summary>The line of the row last returned, for messages about what follows it.</summary>
    public long LastLine { get; private set; } = 1;

    public static ContactCsvFile Open(string path) => new(path);

    /// <summary>The header cells, or an empty list for an empty file.</summary>
    /// <exception cref="CsvFormatException">The header cannot be read.</exception>
    public async Task<IReadOnlyList<string>> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        await _reader.ReadHeaderAsync(cancellationToken);
        return _reader.Headers.Select(h => h.Trim()).ToList();
    }

    /// <summary>The next data row, or <c>null</c> at the end of the file.</summary>
    /// <exception cref="CsvFormatException">A row is longer than <see cref="ContactImportLimits.MaxRowBytes"/>.</exception>
    public async Task<CsvLine?> ReadAsync(CancellationToken cancellationToken)
    {
        if (!await _reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var values = new string[_reader.FieldCount];
        var valid = true;
        for (var i = 0; i < values.Length; i++)
        {
            var bytes = _reader.GetSpan(i);
            // Strict UTF-8 per cell: a row with invalid bytes is refused on its own, the rest of the file goes on.
            valid &= Utf8.IsValid(bytes);
            values[i] = bytes.IsEmpty ? "" : Encoding.UTF8.GetString(bytes);
        }

        LastLine = _reader.LineNumber;
        // Malformed records are numbered counting the header as record 1.
        var badQuotes = _malformedRecords.Count > 0 && _malformedRecords.Remove(_reader.RowNumber + 1);
        // Counted only for the rows that may have swallowed lines: the others are one line, or fit the header.
        var lastLine = badQuotes || values.Length != _reader.Headers.Count
            ? _reader.LineNumber + LineBreaks(_reader.RawRecord)
            : _reader.LineNumber;
        return new CsvLine(_reader.LineNumber, values, valid, badQuotes, lastLine);
    }

    /// <summary>CR, LF and CR LF each count once, as the reader counts lines. Breaks at the very end are those of a
    /// quote left open to the end of the file, which end its last line rather than start another.</summary>
    private static long LineBreaks(ReadOnlySpan<byte> raw)
    {
        raw = raw.TrimEnd("\r\n"u8);
        long count = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == (byte)'\n' || (raw[i] == (byte)'\r' && (i + 1 == raw.Length || raw[i + 1] != (byte)'\n')))
            {
                count++;
            }
        }

        return count;
    }

    public async ValueTask DisposeAsync()
    {
        await _reader.DisposeAsync();
        await _stream.DisposeAsync();
    }
}
