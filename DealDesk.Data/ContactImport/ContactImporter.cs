using System.Data.Common;
using CsvHelper;
using DealDesk.Core.Circles;
using DealDesk.Core.Contacts;
using DealDesk.Core.Contacts.Import;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DealDesk.Data.ContactImport;

/// <summary>Imports a CSV file of contacts into a circle for one user: permission first (create contacts, and update
/// contacts when duplicates are updated), then the rows streamed, each checked by <see cref="ContactRowReader"/> and
/// against the circle's emails, and written in batches with prepared INSERTs
/// (<see cref="DealDeskDbContext.InsertAddedInBulkAsync"/>).</summary>
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
                pass = await Pass.StartAsync(jobId, csvPath, rejectedPath, options, db, cancellationToken);
            }

            if (pass.Header is null)
            {
                return pass.Finish(ContactImportState.Failed, ContactImportMessages.EmptyFile);
            }

            var ended = await ReadRowsAsync(pass, report, async ct =>
            {
                var created = await strategy.ExecuteAsync(async inner =>
                {
                    await using var batchDb = await contexts.CreateDbContextAsync(inner);
                    await using var transaction = await batchDb.Database.BeginTransactionAsync(inner);
                    var rows = await WriteBatchAsync(batchDb, pass, inner);
                    await transaction.CommitAsync(inner);
                    return rows;
                }, ct);
                pass.Committed(created);
            }, cancellationToken);
            return ended ?? pass.Finish(ContactImportState.Completed, null);
        }
        catch (OperationCanceledException) when (pass is not null)
        {
            return pass.Finish(ContactImportState.Failed, Stopped(pass.Imported + pass.Updated));
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
            pass = await Pass.StartAsync(jobId, csvPath, rejectedPath, options, db, cancellationToken);
            if (pass.Header is null)
            {
                return pass.Finish(ContactImportState.Failed, ContactImportMessages.EmptyFile);
            }

            var ended = await ReadRowsAsync(pass, report, async ct =>
            {
                // Once a row is bad nothing will be committed: stop writing, keep reading to report every bad row.
                if (pass.Rejected == 0)
                {
                    pass.Committed(await WriteBatchAsync(db, pass, ct));
                }
                else
                {
                    pass.Committed([]);
                }
            }, cancellationToken);
            if (ended is not null || pass.Rejected > 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return ended is not null
                    ? pass.NothingWritten(ContactImportState.Failed, ended.Message)
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

    /// <summary>Reads every row, flushing full batches. Returns a failure when the file cannot be read to its end
    /// (after flushing what was read before), else <c>null</c>.</summary>
    private async Task<ContactImportProgress?> ReadRowsAsync(Pass pass, Func<ContactImportProgress, Task>? report,
        Func<CancellationToken, Task> flush, CancellationToken cancellationToken)
    {
        ContactImportProgress? failure = null;
        while (true)
        {
            CsvLine? line;
            try
            {
                line = await pass.Csv.ReadAsync(cancellationToken);
            }
            catch (CsvFormatException)
            {
                failure = pass.Finish(ContactImportState.Failed, ContactImportMessages.Unreadable(pass.Csv.LastLine + 1));
                break;
            }

            if (line is null)
            {
                break;
            }

            pass.Take(line);
            if (pass.Pending >= BatchSize || pass.RowsRead % BatchSize == 0)
            {
                if (pass.Pending > 0)
                {
                    await flush(cancellationToken);
                }

                if (report is not null)
                {
                    await report(pass.Snapshot(ContactImportState.Running));
                }
            }
        }

        if (pass.Pending > 0)
        {
            await flush(cancellationToken);
        }

        return failure is null ? null : pass.Finish(failure.State, failure.Message);
    }

    /// <summary>Writes the pending batch in the caller's transaction: updates with SaveChanges (they carry concurrency
    /// versions), new contacts with prepared INSERTs. Returns the contacts created.</summary>
    private async Task<IReadOnlyList<Contact>> WriteBatchAsync(DealDeskDbContext db, Pass pass,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (pass.Updates.Count > 0)
        {
            foreach (var ids in pass.Updates.Keys.Chunk(IdsPerQuery))
            {
                var contacts = await db.Contacts.Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
                foreach (var contact in contacts)
                {
                    pass.Updates[contact.Id].ApplyTo(contact, now);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        var created = pass.Creates.Values.Select(row => row.ToContact(pass.CircleId, userId, now)).ToList();
        if (created.Count > 0)
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Contacts.AddRange(created);
            await db.InsertAddedInBulkAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }

        return created;
    }

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
