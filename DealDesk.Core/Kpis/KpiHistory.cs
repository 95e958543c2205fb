using DealDesk.Core.Common;

namespace DealDesk.Core.Kpis;

/// <summary>A recorded KPI value: one on creation, one on every value change, one per daily snapshot.</summary>
public sealed class KpiHistory : Entity, ITenantOwned
{
    private KpiHistory()
    {
    }

    internal KpiHistory(Guid kpiId, KpiHistoryKind kind, decimal value, decimal target, decimal percentComplete,
        DateTime recordedAt)
    {
        KpiId = kpiId;
        Kind = kind;
        Value = value;
        Target = target;
        PercentComplete = percentComplete;
        RecordedAt = recordedAt;
    }

    /// <inheritdoc />
    public Guid WorkspaceId { get; private set; }

    /// <summary>The KPI.</summary>
    public Guid KpiId { get; private set; }

    /// <summary>Why the entry was recorded.</summary>
    public KpiHistoryKind Kind { get; private set; }

    /// <summary>The day a <see cref="KpiHistoryKind.DailySnapshot"/> stands for (unique per KPI); <c>null</c> for
    /// other entries.</summary>
    public DateOnly? SnapshotDate { get; private set; }

    /// <summary>Value at that time.</summary>
    public decimal Value { get; private set; }

    /// <summary>Target at that time.</summary>
    public decimal Target { get; private set; }

    /// <summary>Percentage complete at that time.</summary>
    public decimal PercentComplete { get; private set; }

    /// <summary>When it was recorded (UTC).</summary>
    public DateTime RecordedAt { get; private set; }

    internal void MarkSnapshotOf(DateOnly day) => SnapshotDate = day;
}
