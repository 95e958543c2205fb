using DealDesk.Core.Common;

namespace DealDesk.Core.Deals;

/// <summary>One stage move of a deal. Written by <see cref="Deal.MoveTo"/> and never changed.</summary>
public sealed class DealStageHistory : Entity, ITenantOwned
{
    private DealStageHistory()
    {
    }

    internal DealStageHistory(Guid dealId, Guid? fromStageId, Guid toStageId, Guid? movedBy, DateTime movedAt,
        TimeSpan? timeInPreviousStage)
    {
        DealId = dealId;
        FromStageId = fromStageId;
        ToStageId = toStageId;
        MovedBy = movedBy;
        MovedAt = movedAt;
        TimeInPreviousStage = timeInPreviousStage;
    }

    /// <inheritdoc />
    public Guid WorkspaceId { get; private set; }

    /// <summary>The deal that moved.</summary>
    public Guid DealId { get; private set; }

    /// <summary>Stage left; <c>null</c> for the entry written when the deal was created.</summary>
    public Guid? FromStageId { get; private set; }

    /// <summary>Stage entered.</summary>
    public Guid ToStageId { get; private set; }

    /// <summary>User who moved it; <c>null</c> for automation.</summary>
    public Guid? MovedBy { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime MovedAt { get; private set; }

    /// <summary>How long the deal had been in the stage it left.</summary>
    public TimeSpan? TimeInPreviousStage { get; private set; }
}
