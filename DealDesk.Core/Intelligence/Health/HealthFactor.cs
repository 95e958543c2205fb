namespace DealDesk.Core.Intelligence.Health;

/// <summary>One reason behind a health score.</summary>
/// <param name="Name">Short name, e.g. "Time in stage".</param>
/// <param name="Points">What it added to (positive) or took from (negative) the score.</param>
/// <param name="Sentence">Why, in one sentence, e.g. "42 days in Proposal, norm 30: −12".</param>
public sealed record HealthFactor(string Name, int Points, string Sentence);
