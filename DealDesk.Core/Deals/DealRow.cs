using DealDesk.Core.Pipeline;

namespace DealDesk.Core.Deals;

/// <summary>A deal as a row of the deal table, projected in SQL.</summary>
/// <param name="Id">The deal.</param>
/// <param name="Name">Its name.</param>
/// <param name="AccountId">The customer.</param>
/// <param name="AccountName">The customer's name.</param>
/// <param name="StageId">Current stage.</param>
/// <param name="StageName">Its name.</param>
/// <param name="StageKind">Open, won or lost.</param>
/// <param name="StageRottingDays">Days after which a deal in the stage is stale; <c>null</c> for never.</param>
/// <param name="Value">Deal value.</param>
/// <param name="Currency">Currency of <paramref name="Value"/>.</param>
/// <param name="Probability">Win probability, 0–100.</param>
/// <param name="Priority">Priority.</param>
/// <param name="OwnerId">The rep; <c>null</c> when unassigned.</param>
/// <param name="OwnerName">The rep's name.</param>
/// <param name="CircleId">The team the deal belongs to.</param>
/// <param name="CircleName">The team's name.</param>
/// <param name="ExpectedCloseDate">When it should close.</param>
/// <param name="StageEnteredAt">When it entered its stage (UTC).</param>
/// <param name="UpdatedAt">Last change (UTC).</param>
/// <param name="Version">Concurrency token, for edits and moves started from this row.</param>
/// <param name="NextStepTitle">The next step: the title of the earliest open task; <c>null</c> when none.</param>
/// <param name="NextStepDue">When the next step is due; <c>null</c> when undated or none.</param>
public sealed record DealRow(
    Guid Id,
    string Name,
    Guid AccountId,
    string AccountName,
    Guid StageId,
    string StageName,
    StageKind StageKind,
    int? StageRottingDays,
    decimal Value,
    string Currency,
    int Probability,
    DealPriority Priority,
    Guid? OwnerId,
    string? OwnerName,
    Guid CircleId,
    string CircleName,
    DateOnly? ExpectedCloseDate,
    DateTime StageEnteredAt,
    DateTime UpdatedAt,
    byte[] Version,
    string? NextStepTitle = null,
    DateOnly? NextStepDue = null) : DealHealthOrOutcome
{
    /// <summary>Whole days in the current stage at <paramref name="now"/>.</summary>
    public int DaysInStage(DateTime now) => Rotting.DaysIn(StageEnteredAt, now);

    /// <summary>Open and untouched in its stage for longer than the stage allows, with no next step due today or
    /// later.</summary>
    public bool IsStale(DateTime now) =>
        Rotting.IsStale(StageKind, StageRottingDays, StageEnteredAt, now, NextStepDue);
}
