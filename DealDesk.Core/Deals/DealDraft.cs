using DealDesk.Core.Common;

namespace DealDesk.Core.Deals;

/// <summary>The fields a user fills in to create or edit a deal; the dialog binds to it and the service
/// validates it again with <see cref="DealDraftValidator"/>.</summary>
public sealed class DealDraft
{
    /// <summary>Deal name.</summary>
    public string Name { get; set; } = "";

    /// <summary>The customer; required.</summary>
    public Guid? AccountId { get; set; }

    /// <summary>The team; one of the user's circles.</summary>
    public Guid? CircleId { get; set; }

    /// <summary>Pipeline stage; changing it on an existing deal is a stage move.</summary>
    public Guid? StageId { get; set; }

    /// <summary>Why the deal was lost; required when <see cref="StageId"/> is a lost stage.</summary>
    public string? LostReason { get; set; }

    /// <summary>The rep; <c>null</c> for unassigned.</summary>
    public Guid? OwnerId { get; set; }

    /// <summary>Expected value.</summary>
    public decimal? Value { get; set; }

    /// <summary>ISO 4217 code of <see cref="Value"/>.</summary>
    public string Currency { get; set; } = Money.DefaultCurrency;

    /// <summary>When the rep expects to close.</summary>
    public DateOnly? ExpectedCloseDate { get; set; }

    /// <summary>How urgently to work it.</summary>
    public DealPriority Priority { get; set; } = DealPriority.Medium;

    /// <summary>Product line being sold.</summary>
    public string? ProductLine { get; set; }

    /// <summary>Concurrency token of the deal as it was loaded for editing; <c>null</c> for a new deal.</summary>
    public byte[]? Version { get; set; }
}
