using DealDesk.Core.Pipeline;

namespace DealDesk.Core.Dashboard;

/// <summary>Open deals in one pipeline stage.</summary>
/// <param name="StageId">The stage.</param>
/// <param name="StageName">Its name.</param>
/// <param name="Order">Its position in the pipeline.</param>
/// <param name="Kind">Open, won or lost.</param>
/// <param name="DealCount">Deals currently in the stage.</param>
/// <param name="TotalValue">Their summed value, in the workspace currency.</param>
/// <param name="WeightedValue">Their value weighted by each deal's win probability.</param>
public sealed record StageSummary(Guid StageId, string StageName, int Order, StageKind Kind, int DealCount,
    decimal TotalValue, decimal WeightedValue);
