using System.Collections.Concurrent;
using System.Threading.Channels;
using DealDesk.Core.Contacts.Import;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Contacts.Import;

/// <summary>A file a user uploaded and has not imported yet.</summary>
internal sealed record StagedUpload(Guid Id, Guid OwnerId, string Path, string FileName, long SizeBytes);

/// <summary>One import of one upload, run in the background for the user who started it.</summary>
internal sealed class ContactImportJob(Guid id, TenantScope scope, StagedUpload upload, ContactImportOptions options,
    string rejectedPath)
{
    private readonly Lock _gate = new();
    private List<Func<ContactImportProgress, Task>> _watchers = [];

    public Guid Id { get; } = id;

    /// <summary>The uploading user's scope: the job's contexts see and write what that user may.</summary>
    public TenantScope Scope { get; } = scope;

    public StagedUpload Upload { get; } = upload;

    public ContactImportOptions Options { get; } = options;

    public string RejectedPath { get; } = rejectedPath;

    public ContactImportProgress Latest { get; private set; } = ContactImportProgress.Queued(id);

    /// <summary>When the job ended; <c>null</c> while it is queued or running.</summary>
    public DateTimeOffset? FinishedAt { get; private set; }

    public IReadOnlyList<Func<ContactImportProgress, Task>> Publish(ContactImportProgress progress, DateTimeOffset now)
    {
        lock (_gate)
        {
            Latest = progress;
            if (progress.IsFinished)
            {
                FinishedAt ??= now;
            }

            return _watchers;
        }
    }

    public IDisposable Watch(Func<ContactImportProgress, Task> onProgress)
    {
        lock (_gate)
        {
            // Copy on write: Publish hands out the list without holding the lock while pages run.
            _watchers = [.. _watchers, onProgress];
        }

        return new Unwatch(this, onProgress);
    }

    private void Remove(Func<ContactImportProgress, Task> onProgress)
    {
        lock (_gate)
        {
            _watchers = _watchers.Where(w => w != onProgress).ToList();
        }
    }

    private sealed class Unwatch(ContactImportJob job, Func<ContactImportProgress, Task> onProgress) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                job.Remove(onProgress);
            }
        }
    }
}

/// <summary>The process's staged uploads, import jobs and their queue, and the progress feed the import page follows.
/// In memory, like the other in-process feeds: a restart forgets jobs (their committed batches stay, and a re-run
/// skips them).</summary>
/// <remarks>Files live in a folder of this process under the temp folder, so that several app instances on one
/// machine (tests) never touch each other's files; folders left by earlier processes are removed after a day, and a
/// finished job with its rejected rows a day after it ended.</remarks>
public sealed partial class ContactImportJobs
{
    /// <summary>How long a finished job, and its file of rejected rows, stays for its page and its download.</summary>
    internal static readonly TimeSpan FinishedJobsKept = TimeSpan.FromHours(24);

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly ConcurrentDictionary<Guid, StagedUpload> _uploads = new();
    private readonly ConcurrentDictionary<Guid, ContactImportJob> _jobs = new();
    private readonly ILogger<ContactImportJobs> _log;
    private readonly TimeProvider _clock;

    /// <summary>Creates the process's import folder.</summary>
    public ContactImportJobs(ILogger<ContactImportJobs> log, TimeProvider clock)
    {
        _log = log;
        _clock = clock;
        var root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "dealdesk-imports")).FullName;
        Folder = Path.Combine(root, Guid.NewGuid().ToString("N"));
        EnsureFolder(Folder);
        RemoveOldFolders(root);
    }

    /// <summary>Where this process keeps uploads and rejected-row files.</summary>
    public string Folder { get; }

    internal Channel<ContactImportJob> Queue { get; } =
        Channel.CreateUnbounded<ContactImportJob>(new UnboundedChannelOptions { SingleReader = true });

    internal StagedUpload Stage(Guid ownerId, string fileName, long size, Guid id) =>
        _uploads[id] = new StagedUpload(id, ownerId, Path.Combine(Folder, $"{id:N}.csv"), fileName, size);

    internal string PathForUpload(Guid id) => Path.Combine(Folder, $"{id:N}.csv");

    internal StagedUpload? Upload(Guid id, Guid ownerId) =>
        _uploads.TryGetValue(id, out var upload) && upload.OwnerId == ownerId ? upload : null;

    /// <summary>Removes the upload from the staged ones, so that one upload starts one job.</summary>
    internal bool TryTake(StagedUpload upload) => _uploads.TryRemove(new(upload.Id, upload));

    internal ContactImportJob Add(TenantScope scope, StagedUpload upload, ContactImportOptions options)
    {
        var id = Guid.NewGuid();
        var job = new ContactImportJob(id, scope, upload, options, Path.Combine(Folder, $"{id:N}.rejected.csv"));
        _jobs[id] = job;
        return job;
    }

    internal ContactImportJob? Job(Guid id, Guid ownerId) =>
        _jobs.TryGetValue(id, out var job) && job.Scope.UserId == ownerId ? job : null;

    /// <summary>Creates <paramref name="folder"/> when it is missing, before every write into it: another instance's
    /// clean-up of old folders goes by their last write, so may remove the folder of a process that has been quiet
    /// for a day. Readable by this user only where the system allows it, as it holds uploaded contact lists.</summary>
    internal static void EnsureFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, OwnerOnly);
        }
    }

    /// <summary>Forgets the jobs that ended more than <see cref="FinishedJobsKept"/> ago and deletes their rejected
    /// rows; without it a long-running process keeps every job and file.</summary>
    internal void RemoveExpiredJobs()
    {
        var cutoff = _clock.GetUtcNow() - FinishedJobsKept;
        foreach (var (id, job) in _jobs)
        {
            if (job.FinishedAt < cutoff && _jobs.TryRemove(id, out _))
            {
                try
                {
                    File.Delete(job.RejectedPath);
                }
                catch (IOException e)
                {
                    LogCleanupFailed(e, job.RejectedPath);
                }
                catch (UnauthorizedAccessException e)
                {
                    LogCleanupFailed(e, job.RejectedPath);
                }
            }
        }
    }

    /// <summary>Records <paramref name="progress"/> as the job's latest and tells its watchers, each on its own so
    /// that a slow or broken page holds up neither the import nor the other pages.</summary>
    internal void Publish(ContactImportJob job, ContactImportProgress progress)
    {
        foreach (var watcher in job.Publish(progress, _clock.GetUtcNow()))
        {
            _ = NotifyAsync(job, watcher, progress);
        }
    }

    private async Task NotifyAsync(ContactImportJob job, Func<ContactImportProgress, Task> watcher,
        ContactImportProgress progress)
    {
        try
        {
            await Task.Yield();
            await watcher(progress);
        }
        catch (Exception e)
        {
            LogWatcherFailed(e, job.Id);
        }
    }

    private void RemoveOldFolders(string root)
    {
        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            try
            {
                if (folder != Folder && Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddDays(-1))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (IOException e)
            {
                LogCleanupFailed(e, folder);
            }
            catch (UnauthorizedAccessException e)
            {
                LogCleanupFailed(e, folder);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "A page failed to handle the progress of contact import {JobId}")]
    private partial void LogWatcherFailed(Exception exception, Guid jobId);

    [LoggerMessage(LogLevel.Warning, "Could not remove the old import file or folder {Path}")]
    private partial void LogCleanupFailed(Exception exception, string path);
}
