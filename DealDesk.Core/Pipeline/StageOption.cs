namespace DealDesk.Core.Pipeline;

/// <summary>A stage as a choice.</summary>
/// <param name="Id">The stage.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Open, won or lost: a lost stage asks for a reason.</param>
/// <param name="Order">Its position.</param>
/// <param name="DefaultProbability">The probability a deal takes on entering it.</param>
/// <param name="RottingDays">Days after which a deal in it is stale.</param>
public sealed record StageOption(Guid Id, string Name, StageKind Kind, int Order, int DefaultProbability, int? RottingDays);
