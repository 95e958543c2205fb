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
    /// its plan. The deal's own fields are as they were (apart from its version).</summary>
    Worked = 3,

    /// <summary>Its health was recalculated to a different score or trend. The health refresher ignores these, so
    /// a recalculation never triggers another.</summary>
    Rescored = 4,
}

/// <summary>A change announced to every open page of the workspace. It carries ids only: each page reloads what it
/// shows through its own user's queries, so a change never leaks data of a circle the viewer is not in.</summary>
/// <param name="WorkspaceId">Where it happened.</param>
/// <param name="DealId">The deal.</param>
/// <param name="Kind">What happened.</param>
/// <param name="FromStageId">Stage before a move.</param>
/// <param name="ToStageId">Stage after the change.</param>
/// <param name="ChangedBy">Who did it.</param>
public sealed record DealChange(Guid WorkspaceId, Guid DealId, DealChangeKind Kind, Guid? FromStageId, Guid ToStageId,
    Guid? ChangedBy);
