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

    /// <summary>What a user is told about evidence longer than <see cref="EvidenceMaxLength"/>.</summary>
    public static readonly string EvidenceTooLong = $"Evidence must be at most {EvidenceMaxLength} characters.";

    /// <summary>Creates a score; throws <see cref="DomainException"/> outside 0–10.</summary>
    public StakeholderScore(int value, ScoreSource source, string? evidence)
    {
        Value = WhyNotAScore(value) is { } refusal ? throw new DomainException(refusal) : value;
        Source = source;
        Evidence = Guard.OptionalText(evidence, EvidenceMaxLength, "Evidence");
    }

    /// <summary>0–10.</summary>
    public int Value { get; private init; }

    /// <summary>Why <paramref name="value"/> cannot be a score, in words for the user; <c>null</c> when it can.
    /// </summary>
    public static string? WhyNotAScore(int value) =>
        value is >= Min and <= Max ? null : $"Scores run from {Min} to {Max}.";

    /// <summary>Why <paramref name="evidence"/> cannot back a score (it is too long), in words for the user;
    /// <c>null</c> when it can.</summary>
    public static string? WhyNotEvidence(string? evidence) =>
        evidence?.Trim().Length > EvidenceMaxLength ? EvidenceTooLong : null;

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
