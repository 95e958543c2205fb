namespace DealDesk.Core.Accounts;

/// <summary>The fields a user fills in to create or edit an account.</summary>
public sealed class AccountDraft
{
    /// <summary>Company name, unique in the workspace ignoring case.</summary>
    public string Name { get; set; } = "";

    /// <summary>Industry, free text.</summary>
    public string? Industry { get; set; }

    /// <summary>Segment.</summary>
    public AccountSize Size { get; set; } = AccountSize.Smb;

    /// <summary>Employee band, e.g. "201-500".</summary>
    public string? CompanySizeBand { get; set; }

    /// <summary>Company website.</summary>
    public string? Website { get; set; }

    /// <summary>Sales region.</summary>
    public Region? Region { get; set; }

    /// <summary>Concurrency token of the account as it was loaded for editing; <c>null</c> for a new account.</summary>
    public byte[]? Version { get; set; }
}
