namespace DealDesk.Core.Pipeline;

/// <summary>The stages a new workspace starts with (SPEC.md).</summary>
public static class DefaultPipeline
{
    /// <summary>New, Contacted, Qualified, Meeting scheduled, Proposal, Negotiation, Won, Lost.</summary>
    public static IReadOnlyList<PipelineStage> Create() =>
    [
        new("New", 1, 10, StageKind.Open, rottingDays: 14),
        new("Contacted", 2, 20, StageKind.Open, rottingDays: 14),
        new("Qualified", 3, 30, StageKind.Open, rottingDays: 21),
        new("Meeting scheduled", 4, 40, StageKind.Open, rottingDays: 21),
        new("Proposal", 5, 60, StageKind.Open, rottingDays: 30),
        new("Negotiation", 6, 80, StageKind.Open, rottingDays: 30),
        new("Won", 7, 100, StageKind.Won),
        new("Lost", 8, 0, StageKind.Lost),
    ];
}
