namespace DealDesk.Core.Deals.Timeline;

/// <summary>One timeline entry as the deal page shows it.</summary>
/// <param name="Id">The activity.</param>
/// <param name="Kind">What happened.</param>
/// <param name="OccurredAt">When (UTC).</param>
/// <param name="ActorName">Who did it; <c>null</c> for the system.</param>
/// <param name="Summary">One readable sentence.</param>
/// <param name="Field">For a field change, the field's display name.</param>
/// <param name="OldValue">For a field change, the value before.</param>
/// <param name="NewValue">For a field change, the value after.</param>
public sealed record TimelineEntry(Guid Id, ActivityKind Kind, DateTime OccurredAt, string? ActorName, string Summary,
    string? Field, string? OldValue, string? NewValue);

/// <summary>A page of a deal's timeline, newest first.</summary>
/// <param name="Entries">The entries of the page.</param>
/// <param name="Total">How many entries match the filter in all.</param>
public sealed record TimelinePage(IReadOnlyList<TimelineEntry> Entries, int Total);

/// <summary>Reads a deal's timeline for the current user.</summary>
public interface ITimelineQueries
{
    /// <summary>Most entries one call returns.</summary>
    const int MaxPageSize = 100;

    /// <summary>Entries <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/> of the deal's
    /// timeline, newest first, optionally only of <paramref name="kinds"/> (empty or <c>null</c>: all kinds);
    /// <c>null</c> when the deal does not exist or the user cannot see it.</summary>
    Task<TimelinePage?> GetPageAsync(Guid dealId, IReadOnlyCollection<ActivityKind>? kinds, int skip, int take,
        CancellationToken cancellationToken = default);
}
