namespace DealDesk.Core.Plans;

/// <summary>One saved version of a plan, for the version picker.</summary>
/// <param name="Number">1 for the first save.</param>
/// <param name="SavedByName">Who saved it.</param>
/// <param name="SavedAt">When (UTC).</param>
public sealed record PlanVersionInfo(int Number, string SavedByName, DateTime SavedAt);

/// <summary>A plan as read: the document and which version it is.</summary>
/// <typeparam name="T">The plan document.</typeparam>
/// <param name="Document">The plan; an empty one when nothing was saved yet.</param>
/// <param name="Version">The version read; <c>null</c> when nothing was saved yet.</param>
public sealed record PlanSnapshot<T>(T Document, PlanVersionInfo? Version)
    where T : class;

/// <summary>How far a qualification item is established.</summary>
public enum QualificationStatus
{
    /// <summary>Not looked into.</summary>
    Unknown,

    /// <summary>Partly established.</summary>
    Partial,

    /// <summary>Confirmed by the buyer.</summary>
    Confirmed,
}

/// <summary>How an interaction or a relationship feels.</summary>
public enum Sentiment
{
    /// <summary>Neither good nor bad.</summary>
    Neutral,

    /// <summary>Going well.</summary>
    Positive,

    /// <summary>Going badly.</summary>
    Negative,
}

/// <summary>Where an action item stands.</summary>
public enum ActionItemStatus
{
    /// <summary>To do.</summary>
    Open,

    /// <summary>Done.</summary>
    Done,

    /// <summary>Waiting on something.</summary>
    Blocked,
}
