namespace DealDesk.Core.Deals;

/// <summary>What happened to a deal.</summary>
public enum DealChangeKind
{
    /// <summary>A new deal.</summary>
    Created = 0,

    /// <summary>Fields edited.</summary>
    Updated = 1,

    /// <summary>Moved to another stage.</summary>
    Moved = 2,

    /// <summary>Something around the deal changed: a task, a note, MEDDPICC or evidence, a stakeholder of its account,
    /// its plan. The deal's own fields are as they were (apart from its version and health).</summary>
    Worked = 3,

    /// <summary>Its health was recalculated to a different score or trend, apart from any user action (the daily
    /// pass announces a whole batch as one change, see <see cref="DealChange.Batch"/>). The health refresher ignores
    /// these, so a recalculation never triggers another.</summary>
    Rescored = 4,
}

/// <summary>A change announced to the open pages of the workspace: one per user action, or one per batch of a health
/// pass. Besides ids it carries the deal's <see cref="DealFacts"/> before and after, so a page can tell without a
/// query whether the change touches what it shows, and the feed can keep it from users outside the deal's circle.
/// The facts are never shown: a page that is touched reloads through its own user's queries.</summary>
/// <param name="WorkspaceId">Where it happened.</param>
/// <param name="DealId">The deal; <see cref="Guid.Empty"/> for a batch.</param>
/// <param name="Kind">What happened.</param>
/// <param name="FromStageId">Stage before a move.</param>
/// <param name="ToStageId">Stage after the change.</param>
/// <param name="ChangedBy">Who did it.</param>
public sealed record DealChange(Guid WorkspaceId, Guid DealId, DealChangeKind Kind, Guid? FromStageId, Guid ToStageId,
    Guid? ChangedBy)
{
    /// <summary>The deal before the change; <c>null</c> for a new deal, or when the publisher did not say (a page
    /// then assumes the change may touch it).</summary>
    public DealFacts? Before { get; init; }

    /// <summary>The deal after the change, its health included when <see cref="HealthIncluded"/>; <c>null</c> when
    /// the publisher did not say.</summary>
    public DealFacts? After { get; init; }

    /// <summary>The writer recalculated the deal's health with the change, so <see cref="After"/> holds the new
    /// score and no separate <see cref="DealChangeKind.Rescored"/> follows.</summary>
    public bool HealthIncluded { get; init; }

    /// <summary>For a batch: one change per deal, each with its own facts. Empty for a single deal.</summary>
    public IReadOnlyList<DealChange> Batch { get; init; } = [];

    /// <summary>One announcement for many deals of <paramref name="workspaceId"/> rescored together.</summary>
    public static DealChange Rescoring(Guid workspaceId, IReadOnlyList<DealChange> deals) =>
        new(workspaceId, Guid.Empty, DealChangeKind.Rescored, null, Guid.Empty, null) { Batch = deals };

    /// <summary>The single changes this one stands for: the batch's, or itself.</summary>
    public IEnumerable<DealChange> Deals => Batch.Count > 0 ? Batch : [this];

    /// <summary>Whether the change is about <paramref name="dealId"/>, alone or in its batch.</summary>
    public bool Touches(Guid dealId) => Deals.Any(c => c.DealId == dealId);

    /// <summary>The change as a viewer who sees only the circles <paramref name="seesCircle"/> accepts may hear it:
    /// itself when its deal is (or was) in one of them, the batch cut to such deals, <c>null</c> when nothing is
    /// left. A change whose circle is unknown (no facts) is passed on: the page only reloads through its own user's
    /// queries, which show nothing of another circle.</summary>
    public DealChange? VisibleTo(Func<Guid, bool> seesCircle)
    {
        ArgumentNullException.ThrowIfNull(seesCircle);
        if (Batch.Count == 0)
        {
            return SeenBy(this, seesCircle) ? this : null;
        }

        var seen = Batch.Where(c => SeenBy(c, seesCircle)).ToList();
        return seen.Count == 0 ? null : seen.Count == Batch.Count ? this : this with { Batch = seen };
    }

    private static bool SeenBy(DealChange change, Func<Guid, bool> seesCircle) =>
        (change.Before is null && change.After is null)
        || (change.Before is { } before && seesCircle(before.CircleId))
        || (change.After is { } after && seesCircle(after.CircleId));

    /// <summary>Two announcements of the same action are equal whatever facts they carry, so a page that expects the
    /// echo of its own move (from ids it knows) recognises it.</summary>
    public bool Equals(DealChange? other) =>
        other is not null && WorkspaceId == other.WorkspaceId && DealId == other.DealId && Kind == other.Kind
        && FromStageId == other.FromStageId && ToStageId == other.ToStageId && ChangedBy == other.ChangedBy;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(WorkspaceId, DealId, Kind, FromStageId, ToStageId, ChangedBy);
}
