namespace DealDesk.Core.Contacts.Import;

/// <summary>Where an import job stands.</summary>
public enum ContactImportState
{
    /// <summary>Waiting for the background worker.</summary>
    Queued = 0,

    /// <summary>Reading and writing rows.</summary>
    Running = 1,

    /// <summary>Done: every row was imported, updated, skipped or rejected as counted.</summary>
    Completed = 2,

    /// <summary>All or nothing with invalid rows: nothing was written; the rejected rows say why.</summary>
    NothingImported = 3,

    /// <summary>Stopped before the end (refused, unreadable file, shutdown): the counts say what was committed.</summary>
    Failed = 4,
}

/// <summary>A snapshot of an import job, published as it runs and kept as its summary.</summary>
/// <param name="JobId">The job.</param>
/// <param name="State">Where it stands.</param>
/// <param name="RowsRead">Data rows read so far (the header not counted).</param>
/// <param name="Imported">Contacts created (committed, or to be committed with the whole file when all or nothing).</param>
/// <param name="Updated">Existing contacts overwritten by a row with their email.</param>
/// <param name="Skipped">Rows left out because their email is already in the circle or earlier in the file.</param>
/// <param name="Rejected">Invalid rows, in the rejected-rows file.</param>
/// <param name="TotalRows">Rows in the file, known once it has been read to the end.</param>
/// <param name="FractionDone">Share of the file read so far, 0 to 1 (by bytes, so known from the start).</param>
/// <param name="Message">What to tell the user when it ended other than completed, or a note on the outcome.</param>
/// <param name="FirstRejected">The first few rejected rows, for the summary.</param>
public sealed record ContactImportProgress(
    Guid JobId,
    ContactImportState State,
    long RowsRead,
    long Imported,
    long Updated,
    long Skipped,
    long Rejected,
    long? TotalRows,
    double FractionDone,
    string? Message,
    IReadOnlyList<RejectedRow> FirstRejected)
{
    /// <summary>What the user should know although the job went on, such as lines an unclosed quote made one row of
    /// (at most <see cref="ContactImportLimits.WarningsShown"/>).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>A job not started yet.</summary>
    public static ContactImportProgress Queued(Guid jobId) =>
        new(jobId, ContactImportState.Queued, 0, 0, 0, 0, 0, null, 0, null, []);

    /// <summary>Whether the job has ended, one way or another.</summary>
    public bool IsFinished => State is ContactImportState.Completed or ContactImportState.NothingImported
        or ContactImportState.Failed;
}
