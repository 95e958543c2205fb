namespace DealDesk.Core.Common;

/// <summary>Limits of the search boxes (deals, board, accounts, contacts).</summary>
public static class SearchText
{
    /// <summary>Longest search text a search box takes: longer than any name it could match, and far below the
    /// size of one message of the live connection, so a paste can never drop it.</summary>
    public const int MaxLength = 200;
}
