using DealDesk.Core.Common;
using DealDesk.Core.Deals;
namespace DealDesk.Core.Pipeline;

/// <summary>A deal as a Kanban card.</summary>
/// <param name="Id">The deal.</param>
/// <param name="StageId">The column it is in.</param>
/// <param name="Name">Deal name.</param>
/// <param name="AccountName">The customer.</param>
/// <param name="Value">Deal value.</param>
/// <param name="Currency">Currency of <paramref name="Value"/>.</param>
/// <param name="OwnerName">The rep; <c>null</c> when unassigned.</param>
/// <param name="Priority">Priority.</param>
/// <param name="StageEnteredAt">When it entered the column (UTC).</param>
/// <param name="Version">Concurrency token: a drop made on a stale card is refused.</param>
/// <param name="NextStepDue">When the deal's next step (earliest open task) is due; <c>null</c> when undated or none.</param>
public sealed record DealCard(
    Guid Id,
    Guid StageId,
    string Name,
    string AccountName,
    decimal Value,
    string Currency,
    string? OwnerName,
    DealPriority Priority,
    DateTime StageEnteredAt,
    byte[] Version,
    DateOnly? NextStepDue = null) : DealHealthOrOutcome
{
    /// <summary>Chance of winning, 0–100: what the deal adds to its column's weighted total.</summary>
    public int Probability { get; init; }

    /// <summary>Up to two initials of the owner, e.g. "JK" for Jordan Kim; empty when unassigned.</summary>
    public string OwnerInitials => Initials.Of(OwnerName);
}
