namespace DealDesk.Core.Pipeline;

/// <summary>A stage as a row of the pipeline settings page.</summary>
/// <param name="Id">The stage.</param>
/// <param name="Name">Its name.</param>
/// <param name="Order">Its position.</param>
/// <param name="Kind">Open, won or lost.</param>
/// <param name="DefaultProbability">Probability a deal takes on entering it.</param>
/// <param name="RottingDays">Days after which a deal in it is stale.</param>
/// <param name="DealCount">Deals in it, across every circle: a stage with deals cannot be deleted.</param>
/// <param name="Version">The concurrency token an edit must carry (<see cref="StageDraft.Version"/>).</param>
public sealed record StageSetting(Guid Id, string Name, int Order, StageKind Kind, int DefaultProbability,
    int? RottingDays, int DealCount, byte[] Version);
