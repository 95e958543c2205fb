using DealDesk.Core.Common;

namespace DealDesk.Core.Kpis;

/// <summary>A team metric with a target. Every value it takes is kept in its history.</summary>
public sealed class Kpi : Entity, ICircleOwned, IAuditable, IConcurrencyVersioned
{
    /// <summary>Longest allowed KPI name.</summary>
    public const int NameMaxLength = 255;

    /// <summary>Largest magnitude of a value or target (decimal 15,2).</summary>
    public const decimal MaxMagnitude = Money.MaxAmount;

    private readonly List<KpiHistory> _history = [];

    private Kpi()
    {
    }

    /// <summary>Creates a KPI and records its first value. A new KPI has no trend yet.</summary>
    public Kpi(Guid circleId, string name, decimal currentValue, decimal target, KpiUnit unit, Guid? createdBy,
        DateTime createdAt, KpiDirection direction = KpiDirection.HigherIsBetter)
    {
        Direction = CheckDirection(direction);
        CircleId = Guard.Id(circleId, "Circle");
        Name = Guard.Text(name, NameMaxLength, "KPI name");
        Unit = unit;
        CreatedBy = createdBy;
        Target = CheckMagnitude(target, "Target");
        CurrentValue = CheckMagnitude(currentValue, "Value");
        PercentComplete = KpiMath.PercentComplete(CurrentValue, Target, Direction);
        Trend = KpiTrend.Neutral;
        PercentChange = 0;
        AppendHistory(KpiHistoryKind.Created, createdAt);
    }

    /// <inheritdoc />
    public Guid WorkspaceId { get; private set; }

    /// <inheritdoc />
    public Guid CircleId { get; private set; }

    /// <summary>What is measured.</summary>
    public string Name { get; private set; } = "";

    /// <summary>Latest value.</summary>
    public decimal CurrentValue { get; private set; }

    /// <summary>Goal.</summary>
    public decimal Target { get; private set; }

    /// <summary>Display unit.</summary>
    public KpiUnit Unit { get; private set; }

    /// <summary>Which way the KPI improves: decides percentage complete, "on target" and the trend's colour.</summary>
    public KpiDirection Direction { get; private set; }

    /// <summary>Progress towards the target in the KPI's <see cref="Direction"/> (see
    /// <see cref="KpiMath.PercentComplete"/>).</summary>
    public decimal PercentComplete { get; private set; }

    /// <summary>Direction of the latest change.</summary>
    public KpiTrend Trend { get; private set; }

    /// <summary>Size of the latest change in percent (see <see cref="KpiMath.PercentChange"/>).</summary>
    public decimal PercentChange { get; private set; }

    /// <summary>Who created the KPI.</summary>
    public Guid? CreatedBy { get; private set; }

    /// <inheritdoc />
    public DateTime CreatedAt { get; private set; }

    /// <inheritdoc />
    public DateTime UpdatedAt { get; private set; }

    /// <inheritdoc />
    public byte[] Version { get; private set; } = null!;

    /// <summary>History entries recorded through this instance (the full history is read through a query).</summary>
    public IReadOnlyList<KpiHistory> History => _history;

    /// <summary>Takes a new value: recomputes percentage complete, trend and percentage change against the
    /// previous value, and appends a history entry.</summary>
    public KpiHistory RecordValue(decimal value, DateTime at)
    {
        var previous = CurrentValue;
        CurrentValue = CheckMagnitude(value, "Value");
        PercentComplete = KpiMath.PercentComplete(CurrentValue, Target, Direction);
        Trend = KpiMath.Trend(previous, CurrentValue);
        PercentChange = KpiMath.PercentChange(previous, CurrentValue);
        return AppendHistory(KpiHistoryKind.ValueChanged, at);
    }

    /// <summary>Changes what the KPI measures. A new target or direction recomputes the percentage complete and is
    /// recorded in the history (the value and its trend stay as they were); a rename or a new unit is not a data
    /// point.</summary>
    public KpiHistory? Redefine(string name, decimal target, KpiUnit unit, KpiDirection direction, DateTime at)
    {
        Name = Guard.Text(name, NameMaxLength, "KPI name");
        Unit = unit;
        var newTarget = CheckMagnitude(target, "Target");
        var newDirection = CheckDirection(direction);
        if (newTarget == Target && newDirection == Direction)
        {
            return null;
        }

        Target = newTarget;
        Direction = newDirection;
        PercentComplete = KpiMath.PercentComplete(CurrentValue, Target, Direction);
        return AppendHistory(KpiHistoryKind.TargetChanged, at);
    }

    /// <summary>Records today's value as the daily snapshot of <paramref name="day"/>. The store keeps one snapshot
    /// per KPI and day, so recording it twice (a restart) fails instead of doubling it.</summary>
    public KpiHistory RecordSnapshot(DateOnly day, DateTime at)
    {
        var entry = AppendHistory(KpiHistoryKind.DailySnapshot, at);
        entry.MarkSnapshotOf(day);
        return entry;
    }

    private KpiHistory AppendHistory(KpiHistoryKind kind, DateTime at)
    {
        var entry = new KpiHistory(Id, kind, CurrentValue, Target, PercentComplete, at);
        _history.Add(entry);
        return entry;
    }

    private static KpiDirection CheckDirection(KpiDirection direction) => Enum.IsDefined(direction)
        ? direction
        : throw new DomainException("Choose whether higher or lower is better.");

    private static decimal CheckMagnitude(decimal value, string field)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return Math.Abs(rounded) <= MaxMagnitude
            ? rounded
            : throw new DomainException($"{field} must be between -{MaxMagnitude:N2} and {MaxMagnitude:N2}.");
    }
}
