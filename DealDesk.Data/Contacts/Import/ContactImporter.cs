using System.Data.Common;
using System.Threading.Channels;
using CsvHelper;
using DealDesk.Core.Circles;
using DealDesk.Core.Contacts;
using DealDesk.Core.Contacts.Import;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Bulk;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DealDesk.Data.Contacts.Import;

/// <summary>Imports a CSV file of contacts into a circle for one user: permission first (create contacts, and update
/// contacts when duplicates are updated), then the rows streamed, each checked by <see cref="ContactRowReader"/> and
/// against the circle's emails, and written in batches with prepared INSERTs
/// (<see cref="BulkInserts.InsertNewInBulkAsync{T}"/>).</summary>
/// <remarks>
/// <para>"Valid rows and report": one transaction per batch, so a killed process leaves whole batches; a re-run skips
/// them, because every row already in the circle (the email, ignoring case, unique per circle) counts as a duplicate.
/// "All or nothing": one transaction for the file, rolled back when any row is invalid (every bad row still reported).
/// </para>
/// <para>The circle's emails are read once at the start (one query, a few MB for 100,000 contacts) and kept up to date
/// with the rows written, which also catches a duplicate inside the file.</para>
/// </remarks>
internal sealed class ContactImporter(
    IDbContextFactory<DealDeskDbContext> contexts,
    ICircleAccess access,
    TimeProvider clock,
    Guid? userId)
{
    private const string Target = "contact CSV import";

    // SQL Server takes at most 2,100 parameters per command; the ids of the contacts to update go in chunks.
    private const int IdsPerQuery = 500;

    /// <summary>Rows per transaction in "valid rows and report" mode, and per write in "all or nothing".</summary>
    public int BatchSize { get; init; } = ContactImportLimits.BatchSize;

    /// <summary>Runs the import of <paramref name="csvPath"/>, writing the rejected rows to <paramref name="rejectedPath"/>
    /// and reporting progress after every batch. Never throws for bad input: the outcome says what happened.</summary>
    public async Task<ContactImportProgress> ImportAsync(Guid jobId, string csvPath, string rejectedPath,
        ContactImportOptions options, Func<ContactImportProgress, Task>? report, CancellationToken cancellationToken)
    {
        var refusal = await access.CheckAsync(options.CircleId, CircleAction.CreateContact, Target, cancellationToken);
        if (refusal is null && options.Duplicates == DuplicateHandling.Update)
        {
            refusal = await access.CheckAsync(options.CircleId, CircleAction.UpdateContact, Target, cancellationToken);
        }

        if (refusal is not null)
        {
            return Pass.Failed(jobId, refusal.Message);
        }

        if (options.Mapping.Problems() is [var problem, ..])
        {
            return Pass.Failed(jobId, problem);
        }

        await using var probe = await contexts.CreateDbContextAsync(cancellationToken);
        var strategy = probe.Database.CreateExecutionStrategy();
        return options.Mode == ContactImportMode.AllOrNothing
            // A retry of the whole file starts over: its transaction was rolled back.
            ? await strategy.ExecuteAsync(ct => AllOrNothingAsync(jobId, csvPath, rejectedPath, options, report, ct),
                cancellationToken)
            : await BatchByBatchAsync(jobId, csvPath, rejectedPath, options, report, strategy, cancellationToken);
    }

    private async Task<ContactImportProgress> BatchByBatchAsync(Guid jobId, string csvPath, string rejectedPath,
        ContactImportOptions options, Func<ContactImportProgress, Task>? report, IExecutionStrategy strategy,
        CancellationToken cancellationToken)
    {
        Pass? pass = null;
        try
        {
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                pass = await Pass.StartAsync(jobId, csvPath, rejectedPath, options, NewContact, BatchSize, db, cancellationToken);
            }

            if (Refusal(pass) is { } refused)
            {
                return pass.Finish(ContactImportState.Failed, refused);
            }

            var ended = await ReadRowsAsync(pass, report, (batch, ct) => strategy.ExecuteAsync(async inner =>
            {
                await using var batchDb = await contexts.CreateDbContextAsync(inner);
                await using var transaction = await batchDb.Database.BeginTransactionAsync(inner);
                await WriteBatchAsync(batchDb, batch, inner);
                await transaction.CommitAsync(inner);
            }, ct), cancellationToken);
            return ended is not null
                ? pass.Finish(ContactImportState.Failed, ended)
                : pass.Finish(ContactImportState.Completed, null);
        }
        catch (OperationCanceledException) when (pass is not null)
        {
            return pass.Finish(ContactImportState.Failed, Stopped(pass.RowsWritten));
        }
        catch (DbException e) when (pass is not null && IsUniqueViolation(e))
        {
            return pass.Finish(ContactImportState.Failed, ConcurrentDuplicate);
        }
        catch (DbUpdateConcurrencyException) when (pass is not null)
        {
            return pass.Finish(ContactImportState.Failed, ConcurrentChange);
        }
        finally
        {
            if (pass is not null)
            {
                await pass.DisposeAsync();
            }
        }
    }

    private async Task<ContactImportProgress> AllOrNothingAsync(Guid jobId, string csvPath, string rejectedPath,
        ContactImportOptions options, Func<ContactImportProgress, Task>? report, CancellationToken cancellationToken)
    {
        Pass? pass = null;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            pass = await Pass.StartAsync(jobId, csvPath, rejectedPath, options, NewContact, BatchSize, db, cancellationToken);
            if (Refusal(pass) is { } refused)
            {
                return pass.Finish(ContactImportState.Failed, refused);
            }

            // Once a row is bad nothing will be committed: stop writing, keep reading to report every bad row.
            var ended = await ReadRowsAsync(pass, report,
                (batch, ct) => pass.Rejected == 0 ? WriteBatchAsync(db, batch, ct) : Task.CompletedTask,
                cancellationToken);
            if (ended is not null || pass.Rejected > 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return ended is not null
                    ? pass.NothingWritten(ContactImportState.Failed, ended)
                    : pass.NothingWritten(ContactImportState.NothingImported, ContactImportMessages.NothingImported(pass.Rejected));
            }

            await transaction.CommitAsync(cancellationToken);
            return pass.Finish(ContactImportState.Completed, null);
        }
        catch (OperationCanceledException) when (pass is not null)
        {
            return pass.NothingWritten(ContactImportState.Failed, Stopped(0));
        }
        catch (DbException e) when (pass is not null && IsUniqueViolation(e))
        {
            return pass.NothingWritten(ContactImportState.Failed, ConcurrentDuplicate);
        }
        catch (DbUpdateConcurrencyException) when (pass is not null)
        {
            return pass.NothingWritten(ContactImportState.Failed, ConcurrentChange);
        }
        finally
        {
            if (pass is not null)
            {
                await pass.DisposeAsync();
            }
        }
    }

    /// <summary>Reads every row and hands full batches to <paramref name="write"/>, which runs on a task of its own, one
    /// batch after the other: reading and checking the next batch overlaps writing the last. Returns the message of a
    /// failure when the file cannot be read to its end (after writing what was read before it), else <c>null</c>.
    /// Returns or throws only once the writer has stopped, so that the counts of written rows are final.</summary>
    private static async Task<string?> ReadRowsAsync(Pass pass, Func<ContactImportProgress, Task>? report,
        Func<ImportBatch, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        // Two batches in flight at most: memory stays at a few thousand rows however large the file.
        var batches = Channel.CreateBounded<ImportBatch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writer = Task.Run(async () =>
        {
            try
            {
                await foreach (var batch in batches.Reader.ReadAllAsync(stop.Token))
                {
                    stop.Token.ThrowIfCancellationRequested();
                    await write(batch, stop.Token);
                    pass.Written(batch);
                    if (report is not null)
                    {
                        await report(pass.Snapshot(ContactImportState.Running));
                    }
                }
            }
            catch
            {
                // The reader must not wait on a writer that is gone.
                await stop.CancelAsync();
                throw;
            }
        }, CancellationToken.None);

        string? failure = null;
        try
        {
            failure = await ReadAllAsync(pass, report, batches.Writer, stop.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Stopped because the writer failed: its exception is the one to report, below.
        }
        catch
        {
            // Stopped, or the reader failed: the writer must not go on committing queued batches after the job is
            // reported ended, nor change the counts the outcome is made of.
            batches.Writer.TryComplete();
            await stop.CancelAsync();
            try
            {
                await writer;
            }
            catch
            {
                // Most likely the cancellation just asked for; the reader's exception is the one to report.
            }

            throw;
        }

        batches.Writer.Complete();
        await writer;
        return failure;
    }

    private static async Task<string?> ReadAllAsync(Pass pass, Func<ContactImportProgress, Task>? report,
        ChannelWriter<ImportBatch> batches, CancellationToken cancellationToken)
    {
        while (true)
        {
            CsvLine? line;
            try
            {
                line = await pass.Csv.ReadAsync(cancellationToken);
            }
            catch (CsvFormatException)
            {
                await FlushAsync();
                return ContactImportMessages.Unreadable(pass.Csv.LastLine + 1);
            }

            if (line is null)
            {
                await FlushAsync();
                return null;
            }

            pass.Take(line);
            if (pass.Pending >= pass.BatchSize)
            {
                await FlushAsync();
            }
            else if (pass.RowsRead % pass.BatchSize == 0 && pass.Pending == 0 && report is not null)
            {
                // A stretch of skipped or rejected rows writes nothing, but the bar still moves.
                await report(pass.Snapshot(ContactImportState.Running));
            }
        }

        async Task FlushAsync()
        {
            if (pass.Pending > 0)
            {
                await batches.WriteAsync(pass.TakeBatch(), cancellationToken);
            }
        }
    }

    /// <summary>Writes a batch in the caller's transaction: updates with SaveChanges (they carry concurrency versions),
    /// new contacts with prepared INSERTs.</summary>
    private async Task WriteBatchAsync(DealDeskDbContext db, ImportBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Updates.Count > 0)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var ids in batch.Updates.Keys.Chunk(IdsPerQuery))
            {
                var contacts = await db.Contacts.Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
                foreach (var contact in contacts)
                {
                    batch.Updates[contact.Id].ApplyTo(contact, now);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        if (batch.Creates.Count > 0)
        {
            await db.InsertNewInBulkAsync(batch.Creates, cancellationToken);
        }
    }

    /// <summary>Why the file cannot be imported at all, from its header: none, or more columns than an import reads
    /// (checked again here, as the preview did, because the job may run a file that was never previewed).</summary>
    private static string? Refusal(Pass pass) => pass.Header switch
    {
        null => ContactImportMessages.EmptyFile,
        { Count: > ContactImportLimits.MaxColumns } header => ContactImportMessages.TooManyColumns(header.Count),
        _ => null,
    };

    private Contact NewContact(ContactImportRow row, Guid circleId) =>
        row.ToContact(circleId, userId, clock.GetUtcNow().UtcDateTime);

    private static string Stopped(long committed) =>
        $"The import was stopped before the end (the server is shutting down). {committed:N0} rows were committed; " +
        "import the file again to add the rest: rows already imported are skipped.";

    private const string ConcurrentDuplicate =
        "Someone added a contact with one of these emails while the import ran. Import the file again: rows already imported are skipped.";

    private const string ConcurrentChange =
        "Someone changed a contact of this file while the import ran. Import the file again to apply the rest.";

    private static bool IsUniqueViolation(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.Message.Contains("UNIQUE", StringComparison.Ordinal),
        SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };
}
