using DealDesk.Core.Common;
using DealDesk.Core.Deals;

namespace DealDesk.Core.Intelligence.Qualification;

/// <summary>Where one MEDDPICC element of a deal stands. A deal has at most one per element; an element without a
/// row is <see cref="QualificationStatus.Unknown"/>.</summary>
public sealed class DealQualification : Entity, ITenantOwned, IConcurrencyVersioned
{
    /// <summary>Longest allowed summary.</summary>
    public const int SummaryMaxLength = 2000;

    /// <summary>Highest element score.</summary>
    public const int MaxScore = 10;

    private DealQualification()
    {
    }

    /// <summary>Starts tracking <paramref name="element"/> of a deal, unknown until assessed.</summary>
    public DealQualification(Guid dealId, MeddpiccElement element)
    {
        DealId = Guard.Id(dealId, "Deal");
        Element = element;
    }

    /// <inheritdoc />
    public Guid WorkspaceId { get; private set; }

    /// <inheritdoc />
    public byte[] Version { get; private set; } = null!;

    /// <summary>The deal.</summary>
    public Guid DealId { get; private set; }

    /// <summary>Which element.</summary>
    public MeddpiccElement Element { get; private set; }

    /// <summary>How far it is known.</summary>
    public QualificationStatus Status { get; private set; }

    /// <summary>A finer 0–10 reading than the status; <c>null</c> when not scored.</summary>
    public int? Score { get; private set; }

    /// <summary>What is known, in the rep's words.</summary>
    public string? Summary { get; private set; }

    /// <summary>Who assessed it last; <c>null</c> for the system.</summary>
    public Guid? UpdatedBy { get; private set; }

    /// <summary>When it was assessed last (UTC).</summary>
    public DateTime UpdatedAt { get; private set; }

    /// <summary>Records a new assessment; throws <see cref="DomainException"/> for a score outside 0–10.</summary>
    public void Assess(QualificationStatus status, int? score, string? summary, Guid? by, DateTime at)
    {
        if (score is < 0 or > MaxScore)
        {
            throw new DomainException($"Element scores run from 0 to {MaxScore}.");
        }

        Status = status;
        Score = score;
        Summary = Guard.OptionalMultilineText(summary, SummaryMaxLength, "Summary");
        UpdatedBy = by;
        UpdatedAt = at;
    }
}
