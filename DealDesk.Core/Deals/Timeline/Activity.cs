using DealDesk.Core.Common;

namespace DealDesk.Core.Deals.Timeline;

/// <summary>One entry of a deal's timeline: who did what, when. Append-only: written by the services in the same
/// transaction as the change it records, and never updated or deleted, so the timeline is the deal's full story.
/// </summary>
/// <remarks>Activities carry no circle of their own: they are read through their deal, which the circle filter
/// already guards, so a deal handed to another circle takes its whole history with it.</remarks>
public sealed class Activity : Entity, ITenantOwned
{
    /// <summary>Longest allowed summary.</summary>
    public const int SummaryMaxLength = 1000;

    /// <summary>Longest allowed field name.</summary>
    public const int FieldMaxLength = 100;

    /// <summary>Longest old or new value kept; longer values (a long note, say) are shortened with an ellipsis.</summary>
    public const int ValueMaxLength = 1000;

    /// <summary>A health score change smaller than this many points does not make the timeline.</summary>
    public const int HealthChangeThreshold = 5;

    private Activity()
    {
    }

    private Activity(Guid dealId, ActivityKind kind, Guid? actorId, DateTime occurredAt, string summary,
        string? field, string? oldValue, string? newValue)
    {
        DealId = Guard.Id(dealId, "Deal");
        Kind = kind;
        ActorId = actorId;
        OccurredAt = occurredAt;
        Summary = Guard.MultilineText(Shorten(summary, SummaryMaxLength), SummaryMaxLength, "Summary");
        Field = Guard.OptionalText(field, FieldMaxLength, "Field");
        OldValue = Shorten(oldValue, ValueMaxLength);
        NewValue = Shorten(newValue, ValueMaxLength);
    }

    /// <inheritdoc />
    public Guid WorkspaceId { get; private set; }

    /// <summary>The deal it happened to.</summary>
    public Guid DealId { get; private set; }

    /// <summary>What happened.</summary>
    public ActivityKind Kind { get; private set; }

    /// <summary>Who did it; <c>null</c> for the system (the daily health job, automation).</summary>
    public Guid? ActorId { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime OccurredAt { get; private set; }

    /// <summary>One readable sentence, e.g. "Moved from Qualified to Proposal".</summary>
    public string Summary { get; private set; } = "";

    /// <summary>For <see cref="ActivityKind.FieldChanged"/>: the field's display name, e.g. "Value".</summary>
    public string? Field { get; private set; }

    /// <summary>The value before, as shown to users; <c>null</c> when there was none.</summary>
    public string? OldValue { get; private set; }

    /// <summary>The value after, as shown to users; <c>null</c> when there is none.</summary>
    public string? NewValue { get; private set; }

    /// <summary>Records an event on a deal.</summary>
    public static Activity Record(Guid dealId, ActivityKind kind, Guid? actorId, DateTime occurredAt, string summary) =>
        new(dealId, kind, actorId, occurredAt, summary, field: null, oldValue: null, newValue: null);

    /// <summary>Records one field's change from <paramref name="oldValue"/> to <paramref name="newValue"/>.</summary>
    public static Activity FieldChange(Guid dealId, Guid? actorId, DateTime occurredAt, string field,
        string? oldValue, string? newValue) =>
        new(dealId, ActivityKind.FieldChanged, actorId, occurredAt,
            $"{field} changed from {oldValue ?? "(none)"} to {newValue ?? "(none)"}", field, oldValue, newValue);

    private static string? Shorten(string? value, int maxLength) =>
        value is null || value.Length <= maxLength ? value : string.Concat(value.AsSpan(0, maxLength - 1), "…");
}
