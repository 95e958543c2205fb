namespace DealDesk.Core.Contacts.Import;

/// <summary>A row that was not imported, as the file had it, with why.</summary>
/// <param name="LineNumber">The line of the file the row starts on (the header is line 1).</param>
/// <param name="Values">The row's cells as read.</param>
/// <param name="Reason">Why it was refused, in words a user can act on.</param>
public sealed record RejectedRow(long LineNumber, IReadOnlyList<string> Values, string Reason);
