using DealDesk.Core.Common;

namespace DealDesk.Core.Contacts.Import;

/// <summary>CSV import of contacts for the signed-in user: stage the upload, preview it, start a background job, follow
/// its progress, fetch the rejected rows. Jobs and uploads belong to the user who made them.</summary>
public interface IContactImportService
{
    /// <summary>Copies <paramref name="content"/> to a private temporary file (refusing more than
    /// <see cref="ContactImportLimits.MaxFileBytes"/>) and reads its header and first rows.</summary>
    Task<Result<ContactImportPreview>> UploadAsync(Stream content, string fileName,
        CancellationToken cancellationToken = default);

    /// <summary>Queues the import of a staged upload; the file's rows are read and written in the background with the
    /// user's permissions (create contacts, and update contacts when duplicates are updated), checked here first.</summary>
    /// <returns>The job id to follow.</returns>
    Task<Result<Guid>> StartAsync(Guid uploadId, ContactImportOptions options, CancellationToken cancellationToken = default);

    /// <summary>The job's latest progress, or <c>null</c> when the user has no such job.</summary>
    ContactImportProgress? Progress(Guid jobId);

    /// <summary>Calls <paramref name="onProgress"/> with each new snapshot of the user's job; dispose to stop.
    /// <c>null</c> when the user has no such job.</summary>
    IDisposable? Watch(Guid jobId, Func<ContactImportProgress, Task> onProgress);

    /// <summary>The rejected rows of the user's finished job as CSV (the original columns, then line and reason; cells a
    /// spreadsheet would run as formulas neutralised).</summary>
    Result<Stream> OpenRejectedRows(Guid jobId);

    /// <summary>Deletes a staged upload the user decided not to import.</summary>
    void Discard(Guid uploadId);
}
