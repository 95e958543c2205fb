namespace DealDesk.Core.Contacts;

/// <summary>A contact as the list, the funnel board and the CSV export show it.</summary>
/// <param name="Id">The contact.</param>
/// <param name="Name">Full name.</param>
/// <param name="Email">Email as entered.</param>
/// <param name="Phone">Phone number.</param>
/// <param name="Company">Company.</param>
/// <param name="Status">Relationship status.</param>
/// <param name="FunnelStage">Funnel stage.</param>
/// <param name="LatestNote">The newest note's text.</param>
/// <param name="LastContactAt">Last update or note (UTC).</param>
/// <param name="CreatedAt">When the contact was created (UTC).</param>
/// <param name="Version">Concurrency token, for a move from the funnel board.</param>
public sealed record ContactRow(
    Guid Id,
    string Name,
    string Email,
    string? Phone,
    string? Company,
    ContactStatus Status,
    FunnelStage FunnelStage,
    string? LatestNote,
    DateTime? LastContactAt,
    DateTime CreatedAt,
    byte[] Version);

/// <summary>One page of the contact list.</summary>
/// <param name="Rows">The rows of the page.</param>
/// <param name="TotalCount">Contacts matching the search and filters across all pages.</param>
public sealed record ContactPage(IReadOnlyList<ContactRow> Rows, int TotalCount);

/// <summary>One column of the funnel board: a stage, how many contacts match in it (counted in SQL) and the first
/// of them.</summary>
/// <param name="Stage">The funnel stage.</param>
/// <param name="Count">Matching contacts in the stage.</param>
/// <param name="Contacts">The first of them, most recently contacted first.</param>
public sealed record FunnelColumn(FunnelStage Stage, int Count, IReadOnlyList<ContactRow> Contacts);
