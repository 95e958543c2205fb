using DealDesk.Core.Contacts;
using DealDesk.Core.Contacts.Import;
using DealDesk.Data.Intelligence.Stakeholders;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Contacts.Import;

/// <summary>Rows ready to be written together: new contacts, and updates by the id of the contact they overwrite; with
/// the rows of the file they count as imported and updated once written.</summary>
internal sealed record ImportBatch(IReadOnlyList<Contact> Creates, Dictionary<Guid, ContactImportRow> Updates,
    long Imported, long Updated);

/// <summary>One pass of an import over its file: the reader, the counts, the circle's emails, the batch waiting to be
/// written and the rejected-rows file.</summary>
internal sealed class Pass : IAsyncDisposable
{
    private readonly Guid _jobId;
    private readonly ContactImportOptions _options;
    private readonly ContactRowReader _rows;
    private readonly string _rejectedPath;
    private readonly List<RejectedRow> _firstRejected = [];
    private readonly List<string> _warnings = [];

    // The reader adds to _firstRejected and the writer counts written batches, while snapshots taken on either thread
    // read both: a copy made during an Add can throw or tear.
    private readonly Lock _gate = new();
    private readonly Func<ContactImportRow, Guid, Contact> _newContact;

    // Normalized email → id of the circle's contact with it: those in the database at the start and those of the
    // batches made since (written, or about to be).
    private readonly Dictionary<string, Guid> _existing;
    private RejectedRowsFile? _rejects;

    // Where the reader stands, noted on its own thread: the writer's progress reports read it from another.
    private long _position;

    private Pass(Guid jobId, ContactImportOptions options, Func<ContactImportRow, Guid, Contact> newContact, int batchSize,
        ContactCsvFile csv, IReadOnlyList<string>? header, string rejectedPath, Dictionary<string, Guid> existing)
    {
        _newContact = newContact;
        BatchSize = batchSize;
        _jobId = jobId;
        _options = options;
        _rows = new ContactRowReader(options.Mapping);
        _rejectedPath = rejectedPath;
        _existing = existing;
        Csv = csv;
        Header = header;
    }

    public ContactCsvFile Csv { get; }

    /// <summary>The file's header; <c>null</c> for an empty file.</summary>
    public IReadOnlyList<string>? Header { get; }

    public int BatchSize { get; }

    public long RowsRead { get; private set; }

    private long _imported;
    private long _updated;

    // The rows of the batch being filled, counted into Imported and Updated only once the batch is written.
    private long _batchImported;
    private long _batchUpdated;

    /// <summary>The rows of the batches written so far, imported or updated.</summary>
    public long RowsWritten
    {
        get
        {
            lock (_gate)
            {
                return _imported + _updated;
            }
        }
    }

    public long Skipped { get; private set; }

    public long Rejected { get; private set; }

    // The batch being filled: new contacts by normalized email, updates by the id of the contact they overwrite.
    private Dictionary<string, ContactImportRow> _creates = new(StringComparer.Ordinal);
    private Dictionary<Guid, ContactImportRow> _updates = [];

    public int Pending => _creates.Count + _updates.Count;

    /// <summary>Opens the file, checks its header against the mapping and reads the circle's emails (one query).</summary>
    public static async Task<Pass> StartAsync(Guid jobId, string csvPath, string rejectedPath,
        ContactImportOptions options, Func<ContactImportRow, Guid, Contact> newContact, int batchSize, DealDeskDbContext db,
        CancellationToken cancellationToken)
    {
        // A retried pass (all or nothing) starts its report over.
        File.Delete(rejectedPath);
        var csv = ContactCsvFile.Open(csvPath);
        try
        {
            var header = await csv.ReadHeaderAsync(cancellationToken);
            var existing = await db.Contacts.AsNoTracking()
                .Where(c => c.CircleId == options.CircleId)
                .Select(c => new { c.NormalizedEmail, c.Id })
                .ToDictionaryAsync(c => c.NormalizedEmail, c => c.Id, StringComparer.Ordinal, cancellationToken);
            return new Pass(jobId, options, newContact, batchSize, csv, header.Count == 0 ? null : header, rejectedPath, existing);
        }
        catch
        {
            await csv.DisposeAsync();
            throw;
        }
    }

    /// <summary>Checks one row and files it: rejected, skipped, an update, or a new contact.</summary>
    public void Take(CsvLine line)
    {
        RowsRead++;
        Interlocked.Exchange(ref _position, Csv.Position);
        if (line.SwallowedLines(Header!.Count))
        {
            // Reported on its own: the one rejected row stands for many lines the user would otherwise miss.
            var warning = ContactImportMessages.SwallowedLines(line.LineNumber, line.LastLineNumber);
            lock (_gate)
            {
                if (_warnings.Count < ContactImportLimits.WarningsShown)
                {
                    _warnings.Add(warning);
                }
            }

            Reject(line, warning);
            return;
        }

        if (line.BadQuotes)
        {
            Reject(line, ContactImportMessages.BadQuotes);
            return;
        }

        if (!_rows.TryRead(line.LineNumber, line.Values, line.ValidUtf8, out var row, out var reason))
        {
            Reject(line, reason!);
            return;
        }

        var skip = _options.Duplicates == DuplicateHandling.Skip;
        var email = row!.NormalizedEmail;
        if (_existing.TryGetValue(email, out var id))
        {
            if (skip)
            {
                Skipped++;
                return;
            }

            _updates[id] = _updates.TryGetValue(id, out var earlierUpdate) ? row.MergedOver(earlierUpdate) : row;
            _batchUpdated++;
        }
        else if (_creates.TryGetValue(email, out var earlier))
        {
            // The same email earlier in this batch: a duplicate inside the file.
            if (skip)
            {
                Skipped++;
                return;
            }

            _creates[email] = row.MergedOver(earlier);
            _batchUpdated++;
        }
        else
        {
            _creates[email] = row;
            _batchImported++;
        }
    }

    /// <summary>Hands over the batch filled so far and starts the next. The new contacts get their ids here, and join the
    /// circle's emails, so that a later row with the same email (a duplicate inside the file) finds them.</summary>
    public ImportBatch TakeBatch()
    {
        var creates = _creates.Values.Select(row => _newContact(row, _options.CircleId)).ToList();
        foreach (var contact in creates)
        {
            _existing[contact.NormalizedEmail] = contact.Id;
        }

        var batch = new ImportBatch(creates, _updates, _batchImported, _batchUpdated);
        _creates = new Dictionary<string, ContactImportRow>(StringComparer.Ordinal);
        _updates = [];
        (_batchImported, _batchUpdated) = (0, 0);
        return batch;
    }

    /// <summary>Counts <paramref name="batch"/>'s rows as imported and updated, once its write has returned: committed
    /// in "valid rows and report", so that a pass stopped early reports only what stays; in the file's transaction in
    /// "all or nothing", whose rollback reports nothing written (<see cref="NothingWritten"/>).</summary>
    public void Written(ImportBatch batch)
    {
        lock (_gate)
        {
            _imported += batch.Imported;
            _updated += batch.Updated;
        }
    }

    public ContactImportProgress Snapshot(ContactImportState state)
    {
        lock (_gate)
        {
            return new(_jobId, state, RowsRead, _imported, _updated, Skipped, Rejected, null,
                Csv.Length == 0 ? 0 : Math.Min(1, (double)Interlocked.Read(ref _position) / Csv.Length), null,
                _firstRejected.ToList()) { Warnings = _warnings.ToList() };
        }
    }

    /// <summary>The summary of an ended pass.</summary>
    public ContactImportProgress Finish(ContactImportState state, string? message) =>
        Snapshot(state) with
        {
            TotalRows = state == ContactImportState.Completed ? RowsRead : null,
            FractionDone = state == ContactImportState.Completed ? 1 : Snapshot(state).FractionDone,
            Message = message,
        };

    /// <summary>The summary of an all-or-nothing pass that was rolled back.</summary>
    public ContactImportProgress NothingWritten(ContactImportState state, string? message) =>
        Finish(state, message) with
        {
            Imported = 0,
            Updated = 0,
            TotalRows = state == ContactImportState.NothingImported ? RowsRead : null,
            FractionDone = state == ContactImportState.NothingImported ? 1 : Snapshot(state).FractionDone,
        };

    /// <summary>An import refused before its file was opened.</summary>
    public static ContactImportProgress Failed(Guid jobId, string? message) =>
        ContactImportProgress.Queued(jobId) with { State = ContactImportState.Failed, Message = message };

    public async ValueTask DisposeAsync()
    {
        _rejects?.Dispose();
        await Csv.DisposeAsync();
    }

    private void Reject(CsvLine line, string reason)
    {
        Rejected++;
        var rejected = new RejectedRow(line.LineNumber, line.Values, reason);
        lock (_gate)
        {
            if (_firstRejected.Count < ContactImportLimits.RejectedShown)
            {
                _firstRejected.Add(rejected);
            }
        }

        _rejects ??= RejectedRowsFile.Create(_rejectedPath, Header!);
        _rejects.Write(rejected);
    }
}
