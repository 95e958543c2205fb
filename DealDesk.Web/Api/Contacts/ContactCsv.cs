using System.Globalization;
using CsvHelper;
using DealDesk.Core.Contacts;
using DealDesk.Data.Contacts;
using DealDesk.Web.Components.Pages.Contacts;

namespace DealDesk.Web.Api.Contacts;

/// <summary>Writes contacts as CSV (RFC 4180: commas, quotes and line breaks inside a cell are quoted), one row at a
/// time as they are read, so an export of 100,000 contacts never sits in memory.</summary>
/// <remarks>Written with <see cref="SpreadsheetSafeCsv.WriterOptions"/>: a text cell a spreadsheet would run as a
/// formula gets a leading apostrophe (dates and numbers the writer formats itself are left alone), and one that starts
/// with an apostrophe gets another, so that the import reads the file back as the same contacts.</remarks>
public static class ContactCsv
{
    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "Name", "Email", "Phone", "Company", "Status", "Funnel stage", "Latest note", "Last contact (UTC)",
        "Created (UTC)",
    ];

    private const string DateFormat = "yyyy-MM-dd HH:mm:ss";

    private static readonly CsvWriterOptions Options = SpreadsheetSafeCsv.WriterOptions;

    /// <summary>Writes the header and every row of <paramref name="rows"/> to <paramref name="output"/>, which stays
    /// open.</summary>
    public static async Task WriteAsync(Stream output, IAsyncEnumerable<ContactRow> rows,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteHeader([.. Header]);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            csv.WriteField(SpreadsheetSafeCsv.Text(row.Name));
            csv.WriteField(SpreadsheetSafeCsv.Text(row.Email));
            csv.WriteField(SpreadsheetSafeCsv.Text(row.Phone));
            csv.WriteField(SpreadsheetSafeCsv.Text(row.Company));
            csv.WriteField(ContactLabels.Status(row.Status));
            csv.WriteField(ContactLabels.Stage(row.FunnelStage));
            csv.WriteField(SpreadsheetSafeCsv.Text(row.LatestNote));
            csv.WriteField(row.LastContactAt?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(row.CreatedAt.ToString(DateFormat, CultureInfo.InvariantCulture));
            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }
}
