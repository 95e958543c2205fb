namespace DealDesk.Core.Deals.Timeline;

/// <summary>What happened to a deal, as the timeline files it. Stored as its number: add new kinds at the end.</summary>
public enum ActivityKind
{
    /// <summary>The deal was created.</summary>
    Created,

    /// <summary>One field changed; the entry carries the old and the new value.</summary>
    FieldChanged,

    /// <summary>The deal moved to another stage.</summary>
    StageMoved,

    /// <summary>A note was added.</summary>
    NoteAdded,

    /// <summary>A task was created.</summary>
    TaskCreated,

    /// <summary>A task was completed.</summary>
    TaskCompleted,

    /// <summary>A stakeholder was added to the deal's political map.</summary>
    StakeholderAdded,

    /// <summary>A stakeholder's roles, scores or details changed.</summary>
    StakeholderChanged,

    /// <summary>A new version of the opportunity plan was saved.</summary>
    PlanSaved,

    /// <summary>A MEDDPICC element or the evidence behind it changed.</summary>
    QualificationChanged,

    /// <summary>The health score moved by more than <see cref="Activity.HealthChangeThreshold"/> points.</summary>
    HealthChanged,

    /// <summary>A completed task was opened again.</summary>
    TaskReopened,
}
