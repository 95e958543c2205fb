namespace DealDesk.Core.Pipeline;

/// <summary>The fields of a stage on the pipeline settings page.</summary>
public sealed class StageDraft
{
    /// <summary>Column title.</summary>
    public string Name { get; set; } = "";

    /// <summary>Open, won or lost; fixed once the stage exists.</summary>
    public StageKind Kind { get; set; } = StageKind.Open;

    /// <summary>Win probability a deal takes on entering it (won is always 100, lost 0).</summary>
    public int DefaultProbability { get; set; } = 10;

    /// <summary>Days after which a deal in it is stale; <c>null</c> for never.</summary>
    public int? RottingDays { get; set; }

    /// <summary>Concurrency token of the stage as it was loaded for editing; <c>null</c> for a new stage.</summary>
    public byte[]? Version { get; set; }
}
