namespace DealDesk.Core.Contacts;

/// <summary>One view of a circle's contacts: search, filters, sort and page. Empty filters mean "any". The contact
/// list, the funnel board and the CSV export all read contacts through it.</summary>
/// <remarks>Every part is plain data so that the whole view can live in the URL and be restored from it.</remarks>
public sealed record ContactSearch
{
    /// <summary>Default rows per page.</summary>
    public const int DefaultPageSize = 25;

    /// <summary>Most rows per page.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Longest search text taken into account.</summary>
    public const int MaxTextLength = 200;

    /// <summary>The circle whose contacts to read; a circle the user is not in has none.</summary>
    public Guid CircleId { get; init; }

    /// <summary>Matched anywhere in the name, email or company, ignoring case.</summary>
    public string? Text { get; init; }

    /// <summary>Contacts of any of these statuses.</summary>
    public IReadOnlyList<ContactStatus> Statuses { get; init; } = [];

    /// <summary>Contacts in any of these funnel stages.</summary>
    public IReadOnlyList<FunnelStage> FunnelStages { get; init; } = [];

    /// <summary>Sort column.</summary>
    public ContactSortField SortBy { get; init; } = ContactSortField.LastContact;

    /// <summary>Sort direction.</summary>
    public bool Descending { get; init; } = true;

    /// <summary>Zero-based page number.</summary>
    public int Page { get; init; }

    /// <summary>Rows per page, 1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = DefaultPageSize;
}
