namespace DealDesk.Core.Intelligence.Stakeholders;

/// <summary>Where a stakeholder score came from, weakest first: a stronger source is never replaced by a weaker one.
/// </summary>
public enum ScoreSource
{
    /// <summary>Guessed from the title ("VP title suggests high decision power").</summary>
    Heuristic,

    /// <summary>Read from what was said in a conversation.</summary>
    ConversationSignal,

    /// <summary>Set by a person; never replaced by a heuristic.</summary>
    HumanOverride,
}
