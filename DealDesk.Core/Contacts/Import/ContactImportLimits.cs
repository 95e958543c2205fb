namespace DealDesk.Core.Contacts.Import;

/// <summary>The bounds of a CSV import.</summary>
public static class ContactImportLimits
{
    /// <summary>The largest file accepted: 50 MB.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>How many rows the preview shows.</summary>
    public const int PreviewRows = 10;

    /// <summary>Rows per transaction when valid rows are committed as they come.</summary>
    public const int BatchSize = 2_000;

    /// <summary>The longest row the reader takes, in bytes; longer means a broken file (an unclosed quote swallowing
    /// the rest), not a contact, and reading stops there rather than holding the rest of the file in memory.</summary>
    public const int MaxRowBytes = 1024 * 1024;

    /// <summary>The most columns a file may have. A contact has eight fields; a file of thousands of columns is not a
    /// contact list, and every column costs the preview a picker and every row a cell: refused with a message, so that
    /// no shape of file costs the server more than its size.</summary>
    public const int MaxColumns = 200;

    /// <summary>How many columns the preview shows at first: every mapped one, then the others in file order up to this
    /// number; the user may show the rest (at most <see cref="MaxColumns"/>).</summary>
    public const int PreviewColumns = 12;

    /// <summary>How many warnings the summary lists; the rejected-rows file has every affected row.</summary>
    public const int WarningsShown = 10;

    /// <summary>How many rejected rows the summary lists on the page; the downloadable file has them all.</summary>
    public const int RejectedShown = 20;
}
