namespace DealDesk.Core.Pipeline;

/// <summary>One column of the board: its stage, the totals of every matching deal in it (computed in SQL, not from
/// the loaded cards) and the first page of cards.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="DealCount">Matching deals in the stage.</param>
/// <param name="TotalValue">Their summed value.</param>
/// <param name="WeightedValue">Their value weighted by each deal's probability.</param>
/// <param name="Cards">The first cards, largest value first.</param>
public sealed record BoardColumn(
    StageOption Stage,
    int DealCount,
    decimal TotalValue,
    decimal WeightedValue,
    IReadOnlyList<DealCard> Cards)
{
    /// <summary>More cards than are loaded.</summary>
    public bool HasMore => Cards.Count < DealCount;
}
