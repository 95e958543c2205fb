namespace DealDesk.Core.Accounts;

/// <summary>An account as a row of the account list, with figures over the deals the user can see.</summary>
/// <param name="Id">The account.</param>
/// <param name="Name">Company name.</param>
/// <param name="Industry">Industry.</param>
/// <param name="Size">Segment.</param>
/// <param name="CompanySizeBand">Employee band.</param>
/// <param name="Website">Website.</param>
/// <param name="Region">Sales region.</param>
/// <param name="DealCount">All its deals the user can see.</param>
/// <param name="OpenDealCount">Those still open.</param>
/// <param name="OpenValue">Value of the open ones.</param>
/// <param name="Version">The concurrency token an edit must carry (<see cref="AccountDraft.Version"/>).</param>
public sealed record AccountRow(
    Guid Id,
    string Name,
    string? Industry,
    AccountSize Size,
    string? CompanySizeBand,
    string? Website,
    Region? Region,
    int DealCount,
    int OpenDealCount,
    decimal OpenValue,
    byte[] Version);

/// <summary>One page of the account list.</summary>
/// <param name="Rows">The rows.</param>
/// <param name="TotalCount">Accounts matching the search.</param>
public sealed record AccountPage(IReadOnlyList<AccountRow> Rows, int TotalCount);
