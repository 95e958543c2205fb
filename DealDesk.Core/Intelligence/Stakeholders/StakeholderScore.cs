using DealDesk.Core.Common;

namespace DealDesk.Core.Intelligence.Stakeholders;

/// <summary>One 0–10 score of a stakeholder with where it came from and why.</summary>
public sealed record StakeholderScore
{
    /// <summary>Lowest score.</summary>
    public const int Min = 0;

    /// <summary>Highest score.</summary>
    public const int Max = 10;

    /// <summary>Longest allowed evidence.</summary>
    public const int EvidenceMaxLength = 500;

    /// <summary>Creates a score; throws <see cref="DomainException"/> outside 0–10.</summary>
    public StakeholderScore(int value, ScoreSource source, string? evidence)
    {
        Value = value is >= Min and <= Max
            ? value
            : throw new DomainException($"Scores run from {Min} to {Max}.");
        Source = source;
        Evidence = Guard.OptionalText(evidence, EvidenceMaxLength, "Evidence");
    }

    /// <summary>0–10.</summary>
    public int Value { get; private init; }

    /// <summary>Where the score came from.</summary>
    public ScoreSource Source { get; private init; }

    /// <summary>Why, in a sentence: a quote, a signal, or the heuristic's reasoning.</summary>
    public string? Evidence { get; private init; }

    /// <summary>Whether <paramref name="proposed"/> may replace this score: only a source at least as strong may
    /// (a person's override stands until a person changes it).</summary>
    public bool YieldsTo(StakeholderScore proposed)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        return proposed.Source >= Source;
    }
}
