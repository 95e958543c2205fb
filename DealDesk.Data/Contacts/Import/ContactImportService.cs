using CsvHelper;
using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Core.Contacts.Import;
using DealDesk.Data.Persistence.Tenancy;
namespace DealDesk.Data.Contacts.Import;

/// <summary>The import page's side of a CSV import for the signed-in user; the rows are imported by
/// <see cref="ContactImportRunner"/> in the background.</summary>
internal sealed class ContactImportService(ContactImportJobs jobs, ICurrentUser user, ICircleAccess access)
    : IContactImportService
{
    private const string Target = "contact CSV import";

    public async Task<Result<ContactImportPreview>> UploadAsync(Stream content, string fileName,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (user.UserId is not { } userId)
        {
            return Result.Forbidden(ContactImportMessages.JobNotFound);
        }

        jobs.RemoveExpiredJobs();
        var id = Guid.NewGuid();
        var path = jobs.PathForUpload(id);
        var size = await CopyAsync(content, path, cancellationToken);
        if (size > ContactImportLimits.MaxFileBytes)
        {
            File.Delete(path);
            return Result.Invalid("file", ContactImportMessages.FileTooLarge);
        }

        var preview = await PreviewAsync(path, cancellationToken);
        if (!preview.Succeeded)
        {
            File.Delete(path);
            return (Result)preview;
        }

        var upload = jobs.Stage(userId, Path.GetFileName(fileName), size, id);
        var (header, rows) = preview.Value;
        return Result<ContactImportPreview>.Ok(new ContactImportPreview(
            upload.Id, upload.FileName, size, rows, ContactColumnMapping.Propose(header)));
    }

    public async Task<Result<Guid>> StartAsync(Guid uploadId, ContactImportOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (user.UserId is not { } userId || jobs.Upload(uploadId, userId) is not { } upload)
        {
            return Result.NotFound(ContactImportMessages.UploadNotFound);
        }

        if (options.Mapping.Problems() is [var problem, ..])
        {
            return Result.Invalid("mapping", problem);
        }

        // Checked here for an immediate answer, and again by the job, which runs later with the same user's roles.
        var refusal = await access.CheckAsync(options.CircleId, CircleAction.CreateContact, Target, cancellationToken);
        if (refusal is null && options.Duplicates == DuplicateHandling.Update)
        {
            refusal = await access.CheckAsync(options.CircleId, CircleAction.UpdateContact, Target, cancellationToken);
        }

        if (refusal is not null)
        {
            return refusal;
        }

        if (!jobs.TryTake(upload))
        {
            return Result.NotFound(ContactImportMessages.UploadNotFound);
        }

        var job = jobs.Add(CurrentUserDbContextFactory.ScopeOf(user), upload, options);
        await jobs.Queue.Writer.WriteAsync(job, cancellationToken);
        return Result<Guid>.Ok(job.Id);
    }

    public ContactImportProgress? Progress(Guid jobId) => Job(jobId)?.Latest;

    public IDisposable? Watch(Guid jobId, Func<ContactImportProgress, Task> onProgress)
    {
        ArgumentNullException.ThrowIfNull(onProgress);
        return Job(jobId)?.Watch(onProgress);
    }

    public Result<Stream> OpenRejectedRows(Guid jobId)
    {
        if (Job(jobId) is not { Latest.IsFinished: true } job || !File.Exists(job.RejectedPath))
        {
            return Result.NotFound(ContactImportMessages.JobNotFound);
        }

        return Result<Stream>.Ok(new FileStream(job.RejectedPath, FileMode.Open, FileAccess.Read, FileShare.Read,
            4096, FileOptions.Asynchronous | FileOptions.SequentialScan));
    }

    public void Discard(Guid uploadId)
    {
        if (user.UserId is { } userId && jobs.Upload(uploadId, userId) is { } upload && jobs.TryTake(upload))
        {
            File.Delete(upload.Path);
        }
    }

    private ContactImportJob? Job(Guid jobId) => user.UserId is { } userId ? jobs.Job(jobId, userId) : null;

    /// <summary>Copies at most one byte more than the limit, so an oversized upload is refused without being stored.
    /// A copy that fails (the browser gone, the disk full) leaves no partial file behind.</summary>
    private static async Task<long> CopyAsync(Stream content, string path, CancellationToken cancellationToken)
    {
        ContactImportJobs.EnsureFolder(Path.GetDirectoryName(path)!);
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920,
                FileOptions.Asynchronous);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while (total <= ContactImportLimits.MaxFileBytes
                   && (read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            return total;
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static async Task<Result<(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)>>
        PreviewAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var csv = ContactCsvFile.Open(path);
            var header = await csv.ReadHeaderAsync(cancellationToken);
            if (header.Count == 0)
            {
                return Result.Invalid("file", ContactImportMessages.EmptyFile);
            }

            // Refused before any row is read: a file of thousands of columns is no contact list, and would cost the page a
            // picker per column.
            if (header.Count > ContactImportLimits.MaxColumns)
            {
                return Result.Invalid("file", ContactImportMessages.TooManyColumns(header.Count));
            }

            var rows = new List<IReadOnlyList<string>>();
            while (rows.Count < ContactImportLimits.PreviewRows && await csv.ReadAsync(cancellationToken) is { } line)
            {
                // A row with more cells than the header shows no more than the header's columns.
                rows.Add(line.Values.Length > header.Count ? line.Values[..header.Count] : line.Values);
            }

            return Result<(IReadOnlyList<string>, IReadOnlyList<IReadOnlyList<string>>)>.Ok((header, rows));
        }
        catch (CsvFormatException)
        {
            return Result.Invalid("file", ContactImportMessages.Unreadable(1));
        }
    }
}
