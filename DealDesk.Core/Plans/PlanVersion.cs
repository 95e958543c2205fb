using DealDesk.Core.Common;

namespace DealDesk.Core.Plans;

/// <summary>One saved version of a plan: an immutable JSON document numbered from 1 per deal or account. Saving
/// inserts the next number, so earlier versions stay readable and two saves from the same version cannot both win
/// (the number is unique per owner).</summary>
public abstract class PlanVersion : Entity, ITenantOwned
{
    /// <summary>Longest document kept (the validators' limits keep real plans far below it).</summary>
    public const int DocumentMaxLength = 1_000_000;

    /// <summary>For EF Core.</summary>
    protected PlanVersion()
    {
    }

    /// <summary>Creates version <paramref name="number"/> of a plan.</summary>
    protected PlanVersion(int number, string document, Guid? savedBy, DateTime savedAt)
    {
        Number = number >= 1 ? number : throw new DomainException("Plan versions are numbered from 1.");
        Document = Guard.MultilineText(document, DocumentMaxLength, "Document");
        SavedBy = savedBy;
        SavedAt = savedAt;
    }

    /// <inheritdoc />
    public Guid WorkspaceId { get; private set; }

    /// <summary>1 for the first save, then one more per save.</summary>
    public int Number { get; private set; }

    /// <summary>The plan as JSON.</summary>
    public string Document { get; private set; } = "";

    /// <summary>Who saved it.</summary>
    public Guid? SavedBy { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime SavedAt { get; private set; }
}

/// <summary>A saved version of a deal's opportunity plan.</summary>
public sealed class OpportunityPlanVersion : PlanVersion
{
    private OpportunityPlanVersion()
    {
    }

    /// <summary>Creates version <paramref name="number"/> of the plan of <paramref name="dealId"/>.</summary>
    public OpportunityPlanVersion(Guid dealId, int number, string document, Guid? savedBy, DateTime savedAt)
        : base(number, document, savedBy, savedAt)
    {
        DealId = Guard.Id(dealId, "Deal");
    }

    /// <summary>The deal planned.</summary>
    public Guid DealId { get; private set; }
}

/// <summary>A saved version of an account plan.</summary>
public sealed class AccountPlanVersion : PlanVersion
{
    private AccountPlanVersion()
    {
    }

    /// <summary>Creates version <paramref name="number"/> of the plan of <paramref name="accountId"/>.</summary>
    public AccountPlanVersion(Guid accountId, int number, string document, Guid? savedBy, DateTime savedAt)
        : base(number, document, savedBy, savedAt)
    {
        AccountId = Guard.Id(accountId, "Account");
    }

    /// <summary>The account planned.</summary>
    public Guid AccountId { get; private set; }
}
