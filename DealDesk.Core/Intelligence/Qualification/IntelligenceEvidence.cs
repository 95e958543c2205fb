using DealDesk.Core.Common;
using DealDesk.Core.Deals;

namespace DealDesk.Core.Intelligence.Qualification;

/// <summary>A quote or fact that backs up what we believe about a deal, optionally tied to one MEDDPICC element.
/// </summary>
public sealed class IntelligenceEvidence : Entity, ITenantOwned, IConcurrencyVersioned
{
    /// <summary>Longest allowed text.</summary>
    public const int TextMaxLength = 2000;

    /// <summary>Highest confidence.</summary>
    public const int MaxConfidence = 100;

    private IntelligenceEvidence()
    {
    }

    /// <summary>Records evidence on a deal; throws <see cref="DomainException"/> for a confidence outside 0–100.</summary>
    public IntelligenceEvidence(Guid dealId, MeddpiccElement? element, EvidenceKind kind, string text,
        EvidenceSource source, int confidence, DateOnly observedOn, Guid? createdBy, DateTime createdAt)
    {
        DealId = Guard.Id(dealId, "Deal");
        Element = element;
        Kind = kind;
        Text = Guard.MultilineText(text, TextMaxLength, "Text");
        Source = source;
        Confidence = confidence is >= 0 and <= MaxConfidence
            ? confidence
            : throw new DomainException($"Confidence runs from 0 to {MaxConfidence}.");
        ObservedOn = Guard.Date(observedOn, "Observed date")!.Value;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    /// <inheritdoc />
    public Guid WorkspaceId { get; private set; }

    /// <inheritdoc />
    public byte[] Version { get; private set; } = null!;

    /// <summary>The deal.</summary>
    public Guid DealId { get; private set; }

    /// <summary>The element it supports; <c>null</c> for the deal in general.</summary>
    public MeddpiccElement? Element { get; private set; }

    /// <summary>Quote or fact.</summary>
    public EvidenceKind Kind { get; private set; }

    /// <summary>The quote or the fact.</summary>
    public string Text { get; private set; } = "";

    /// <summary>Where it came from.</summary>
    public EvidenceSource Source { get; private set; }

    /// <summary>How sure we are, 0–100.</summary>
    public int Confidence { get; private set; }

    /// <summary>The day it was said or seen.</summary>
    public DateOnly ObservedOn { get; private set; }

    /// <summary>Who recorded it.</summary>
    public Guid? CreatedBy { get; private set; }

    /// <summary>When it was recorded (UTC).</summary>
    public DateTime CreatedAt { get; private set; }
}
