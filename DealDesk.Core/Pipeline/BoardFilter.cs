using DealDesk.Core.Deals;

namespace DealDesk.Core.Pipeline;

/// <summary>The Kanban board's filters; column totals and cards both honour them. Empty lists mean "any".</summary>
public sealed record BoardFilter
{
    /// <summary>Cards a column loads at a time.</summary>
    public const int DefaultPageSize = 25;

    /// <summary>Matched anywhere in the deal name or the account name, ignoring case.</summary>
    public string? Text { get; init; }

    /// <summary>Deals owned by any of these users.</summary>
    public IReadOnlyList<Guid> OwnerIds { get; init; } = [];

    /// <summary>Deals of any of these circles.</summary>
    public IReadOnlyList<Guid> CircleIds { get; init; } = [];

    /// <summary>Deals of any of these priorities.</summary>
    public IReadOnlyList<DealPriority> Priorities { get; init; } = [];
}
