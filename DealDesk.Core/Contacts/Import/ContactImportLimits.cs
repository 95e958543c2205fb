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

    /// <summary>How many rejected rows the summary lists on the page; the downloadable file has them all.</summary>
    public const int RejectedShown = 20;
}
