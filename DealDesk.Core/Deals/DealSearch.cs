using DealDesk.Core.Intelligence.Health;

namespace DealDesk.Core.Deals;

/// <summary>One view of the deal table: search, filters, sort and page. Empty filters mean "any".</summary>
/// <remarks>Every part is plain data so that the whole view can live in the URL and be restored from it.</remarks>
public sealed record DealSearch
{
    /// <summary>Default rows per page.</summary>
    public const int DefaultPageSize = 25;

    /// <summary>Most rows per page.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Matched anywhere in the deal name or the account name, ignoring case.</summary>
    public string? Text { get; init; }

    /// <summary>Deals in any of these stages.</summary>
    public IReadOnlyList<Guid> StageIds { get; init; } = [];

    /// <summary>Deals whose value is in any of these bands.</summary>
    public IReadOnlyList<ValueBand> ValueBands { get; init; } = [];

    /// <summary>Deals whose health score is in any of these bands (unscored deals are in none).</summary>
    public IReadOnlyList<HealthBand> HealthBands { get; init; } = [];

    /// <summary>Deals of any of these priorities.</summary>
    public IReadOnlyList<DealPriority> Priorities { get; init; } = [];

    /// <summary>Deals owned by any of these users.</summary>
    public IReadOnlyList<Guid> OwnerIds { get; init; } = [];

    /// <summary>Deals of any of these circles (always within the circles the user can see).</summary>
    public IReadOnlyList<Guid> CircleIds { get; init; } = [];

    /// <summary>Only deals of this account, for the account page.</summary>
    public Guid? AccountId { get; init; }

    /// <summary>Sort column.</summary>
    public DealSortField SortBy { get; init; } = DealSortField.Updated;

    /// <summary>Sort direction.</summary>
    public bool Descending { get; init; } = true;

    /// <summary>Zero-based page number.</summary>
    public int Page { get; init; }

    /// <summary>Rows per page, 1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>Set when <see cref="Page"/> is the neighbour of a page the user has just seen: the page is then read
    /// from that page's boundary row instead of by its number (see <see cref="PageAnchor"/>).</summary>
    public PageAnchor? Anchor { get; init; }
}
