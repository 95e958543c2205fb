using DealDesk.Core.Common;
using DealDesk.Core.Contacts;
using DealDesk.Core.Contacts.Import;
using DealDesk.Data.Circles;
using DealDesk.Data.Intelligence.Stakeholders;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Contacts.Import;

/// <summary>Runs queued imports one at a time, off any circuit, each with a context of its uploader's tenant scope
/// (not the circuit's, which may be gone by then) and that user's circle roles read again at the start.</summary>
/// <remarks>One at a time because SQLite has one writer: two imports side by side would only wait for each other.</remarks>
public sealed partial class ContactImportRunner(
    DealDeskDatabase database,
    ContactImportJobs jobs,
    TimeProvider clock,
    ILoggerFactory loggers)
{
    private readonly ILogger _log = loggers.CreateLogger<ContactImportRunner>();

    /// <summary>Takes jobs from the queue until <paramref name="stoppingToken"/> fires.</summary>
    public async Task ProcessQueueAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in jobs.Queue.Reader.ReadAllAsync(stoppingToken))
        {
            await RunAsync(job, stoppingToken);
        }
    }

    internal async Task RunAsync(ContactImportJob job, CancellationToken cancellationToken)
    {
        var contexts = new FixedScopeContextFactory(database, job.Scope);
        var access = new CircleAccess(contexts, new JobUser(job.Scope), loggers.CreateLogger<CircleAccess>());
        var importer = new ContactImporter(contexts, access, clock, job.Scope.UserId);
        jobs.Publish(job, job.Latest with { State = ContactImportState.Running });
        ContactImportProgress outcome;
        try
        {
            outcome = await importer.ImportAsync(job.Id, job.Upload.Path, job.RejectedPath, job.Options,
                progress =>
                {
                    jobs.Publish(job, progress);
                    return Task.CompletedTask;
                },
                cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || cancellationToken.IsCancellationRequested)
        {
            LogFailed(e, job.Id);
            outcome = job.Latest with
            {
                State = ContactImportState.Failed,
                Message = "The import stopped on an unexpected error. Rows committed before it stay; import the file again to add the rest.",
            };
        }
        finally
        {
            File.Delete(job.Upload.Path);
        }

        jobs.Publish(job, outcome);
        LogFinished(job.Id, outcome.State, outcome.Imported, outcome.Updated, outcome.Skipped, outcome.Rejected);
    }

    [LoggerMessage(LogLevel.Error, "Contact import {JobId} failed")]
    private partial void LogFailed(Exception exception, Guid jobId);

    [LoggerMessage(LogLevel.Information,
        "Contact import {JobId} ended {State}: {Imported} imported, {Updated} updated, {Skipped} skipped, {Rejected} rejected")]
    private partial void LogFinished(Guid jobId, ContactImportState state, long imported, long updated, long skipped,
        long rejected);

    private sealed class JobUser(TenantScope scope) : ICurrentUser
    {
        public Guid? UserId { get; } = scope.UserId;

        public Guid? WorkspaceId { get; } = scope.WorkspaceId;

        public bool IsWorkspaceAdmin { get; } = scope.SeesAllCircles;
    }
}
