using DealDesk.Core.Common;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Core.Pipeline;

namespace DealDesk.Core.Deals;

/// <summary>An opportunity being worked through the pipeline.</summary>
public sealed class Deal : Entity, ICircleOwned, IAuditable, IConcurrencyVersioned
{
    /// <summary>Longest allowed deal name.</summary>
    public const int NameMaxLength = 500;

    /// <summary>Longest allowed product line, lost reason or external id.</summary>
    public const int ShortTextMaxLength = 255;

    /// <summary>Longest allowed lost reason.</summary>
    public const int LostReasonMaxLength = 1000;

    private readonly List<DealStageHistory> _stageHistory = [];

    private Deal()
    {
    }

    /// <summary>Creates a deal in <paramref name="stage"/>, recording that entry in its stage history.</summary>
    public Deal(string name, Guid accountId, Guid circleId, PipelineStage stage, Guid? createdBy, DateTime createdAt,
        decimal value = 0, string currency = Money.DefaultCurrency, DealPriority priority = DealPriority.Medium,
        DealSource source = DealSource.Manual, string? lostReason = null)
    {
        ArgumentNullException.ThrowIfNull(stage);
        Rename(name);
        // A deal lives in its stage's workspace; for rows not yet saved both are stamped on insert.
        WorkspaceId = stage.WorkspaceId;
        AccountId = Guard.Id(accountId, "Account");
        CircleId = Guard.Id(circleId, "Circle");
        OwnerId = createdBy;
        SetValue(value, currency);
        Priority = priority;
        Source = source;
        EnterStage(stage, createdBy, createdAt, lostReason, fromStageId: null);
    }

    /// <inheritdoc />
    public Guid WorkspaceId { get; private set; }

    /// <summary>What is being sold to whom, e.g. "Acme – 200 seats".</summary>
    public string Name { get; private set; } = "";

    /// <summary>The customer company.</summary>
    public Guid AccountId { get; private set; }

    /// <inheritdoc />
    public Guid CircleId { get; private set; }

    /// <summary>The rep responsible; <c>null</c> when unassigned.</summary>
    public Guid? OwnerId { get; private set; }

    /// <summary>Expected deal value, two decimals.</summary>
    public decimal Value { get; private set; }

    /// <summary>ISO 4217 code of <see cref="Value"/>.</summary>
    public string Currency { get; private set; } = Money.DefaultCurrency;

    /// <summary>Current pipeline stage.</summary>
    public Guid StageId { get; private set; }

    /// <summary>When the deal entered its current stage (UTC): the basis of "days in stage".</summary>
    public DateTime StageEnteredAt { get; private set; }

    /// <summary>Chance of winning, 0–100; follows the stage's default on every move.</summary>
    public int Probability { get; private set; }

    /// <summary>When the rep expects to close.</summary>
    public DateOnly? ExpectedCloseDate { get; private set; }

    /// <summary>How urgently to work it.</summary>
    public DealPriority Priority { get; private set; }

    /// <summary>Product line being sold, used to match automated deals.</summary>
    public string? ProductLine { get; private set; }

    /// <summary>How the deal came in.</summary>
    public DealSource Source { get; private set; }

    /// <summary>The lead the deal came from.</summary>
    public Guid? PrimaryContactId { get; private set; }

    /// <summary>Id of the deal in an external CRM, for sync.</summary>
    public string? ExternalId { get; private set; }

    /// <summary>When the deal was last synced with the external CRM.</summary>
    public DateTime? SyncedAt { get; private set; }

    /// <summary>Set when the deal enters a won stage; cleared when reopened.</summary>
    public DateTime? WonAt { get; private set; }

    /// <summary>Set when the deal enters a lost stage; cleared when reopened.</summary>
    public DateTime? LostAt { get; private set; }

    /// <summary>Why it was lost; required to enter a lost stage.</summary>
    public string? LostReason { get; private set; }

    /// <summary>How often the expected close date was moved later: a health factor.</summary>
    public int CloseDatePushCount { get; private set; }

    /// <summary>Latest health score, 0–100; <c>null</c> until first calculated and whenever the deal is won or lost.
    /// </summary>
    public int? HealthScore { get; private set; }

    /// <summary>Direction of the latest health calculation.</summary>
    public HealthTrend HealthTrend { get; private set; }

    /// <summary>When health was last calculated (UTC).</summary>
    public DateTime? HealthCalculatedAt { get; private set; }

    /// <inheritdoc />
    public byte[] Version { get; private set; } = null!;

    /// <inheritdoc />
    public DateTime CreatedAt { get; private set; }

    /// <inheritdoc />
    public DateTime UpdatedAt { get; private set; }

    /// <summary>Every stage the deal has entered, oldest first (only what is loaded).</summary>
    public IReadOnlyList<DealStageHistory> StageHistory => _stageHistory;

    /// <summary>Neither won nor lost.</summary>
    public bool IsOpen => WonAt is null && LostAt is null;

    /// <summary>Won or lost and when; <c>null</c> while open.</summary>
    public DealOutcome? Outcome => DealOutcome.Of(WonAt, LostAt);

    /// <summary>Renames the deal.</summary>
    public void Rename(string name) => Name = Guard.Text(name, NameMaxLength, "Deal name");

    /// <summary>Sets the deal's value and currency.</summary>
    public void SetValue(decimal value, string currency)
    {
        Value = Money.Amount(value, "Value");
        Currency = Money.NormalizeCurrency(currency);
    }

    /// <summary>Attaches the deal to another customer, e.g. after a merger or a mistaken entry.</summary>
    public void ChangeAccount(Guid accountId) => AccountId = Guard.Id(accountId, "Account");

    /// <summary>Hands the deal to another circle of the same workspace.</summary>
    public void MoveToCircle(Guid circleId) => CircleId = Guard.Id(circleId, "Circle");

    /// <summary>Hands the deal to another rep, or unassigns it.</summary>
    public void AssignTo(Guid? ownerId) => OwnerId = ownerId;

    /// <summary>Sets the expected close date; moving an existing date later counts as a push.</summary>
    public void ExpectCloseOn(DateOnly? date)
    {
        Guard.Date(date, "Close date");
        if (ExpectedCloseDate is { } current && date is { } next && next > current)
        {
            CloseDatePushCount++;
        }

        ExpectedCloseDate = date;
    }

    /// <summary>Keeps a health calculation on the deal. The health service writes the same columns with a direct
    /// UPDATE instead, so that a recalculation never changes the version a user's edit is checked against; this
    /// method serves code that builds deals in memory (seeding).</summary>
    public void RecordHealth(HealthResult result, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!IsOpen)
        {
            throw new DomainException("A won or lost deal has no health score.");
        }

        HealthScore = result.Score;
        HealthTrend = result.Trend;
        HealthCalculatedAt = at;
    }

    /// <summary>Sets the priority.</summary>
    public void Prioritize(DealPriority priority) => Priority = priority;

    /// <summary>Sets the product line.</summary>
    public void SetProductLine(string? productLine) =>
        ProductLine = Guard.OptionalText(productLine, ShortTextMaxLength, "Product line");

    /// <summary>Links the lead the deal came from.</summary>
    public void LinkPrimaryContact(Guid? contactId) => PrimaryContactId = contactId;

    /// <summary>Moves the deal to <paramref name="stage"/>: records the move in the stage history,
    /// takes the stage's probability, and sets or clears the won/lost timestamps. Entering a won or lost stage ends
    /// health scoring in the same write: the score, trend and calculation time are cleared.</summary>
    /// <param name="stage">The stage to enter; must belong to the deal's workspace.</param>
    /// <param name="by">Who moved it; <c>null</c> for automation.</param>
    /// <param name="at">When (UTC); not before the deal entered its current stage.</param>
    /// <param name="lostReason">Required when <paramref name="stage"/> is a lost stage.</param>
    /// <returns>The history entry, or <c>null</c> when the deal is already in <paramref name="stage"/>.</returns>
    public DealStageHistory? MoveTo(PipelineStage stage, Guid? by, DateTime at, string? lostReason = null)
    {
        ArgumentNullException.ThrowIfNull(stage);
        if (stage.Id == StageId)
        {
            return null;
        }

        if (stage.WorkspaceId != WorkspaceId)
        {
            throw new DomainException("A deal can only move to a stage of its own workspace.");
        }

        if (at < StageEnteredAt)
        {
            throw new DomainException("A stage move cannot be dated before the deal entered its current stage.");
        }

        return EnterStage(stage, by, at, lostReason, StageId);
    }

    /// <summary>Why a deal cannot enter a stage of <paramref name="kind"/> with <paramref name="lostReason"/>, in
    /// words for the user; <c>null</c> when it can. The rule that a lost stage needs a reason, for services to check a
    /// request with before they change anything; entering the stage enforces it again (as a required lost reason).
    /// </summary>
    public static string? WhyCannotEnter(StageKind kind, string? lostReason) =>
        kind == StageKind.Lost && string.IsNullOrWhiteSpace(lostReason) ? DealMessages.LostReasonRequired : null;

    private DealStageHistory EnterStage(PipelineStage stage, Guid? by, DateTime at, string? lostReason, Guid? fromStageId)
    {
        LostReason = stage.Kind == StageKind.Lost
            ? Guard.MultilineText(lostReason, LostReasonMaxLength, "Lost reason")
            : null;
        WonAt = stage.Kind == StageKind.Won ? at : null;
        LostAt = stage.Kind == StageKind.Lost ? at : null;
        if (!IsOpen)
        {
            // Health is the chance of an open deal closing well; a closed deal shows its outcome instead. Clearing it
            // here, with the move, means no screen ever shows a won or lost deal with a live-looking score, even
            // before any recalculation runs. Its history stays for the record; a reopened deal is scored afresh.
            HealthScore = null;
            HealthTrend = HealthTrend.Stable;
            HealthCalculatedAt = null;
        }

        TimeSpan? timeInPrevious = fromStageId is null ? null : at - StageEnteredAt;
        StageId = stage.Id;
        StageEnteredAt = at;
        Probability = stage.DefaultProbability;

        var entry = new DealStageHistory(Id, fromStageId, stage.Id, by, at, timeInPrevious);
        _stageHistory.Add(entry);
        return entry;
    }
}
