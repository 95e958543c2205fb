namespace DealDesk.Core.Deals;

/// <summary>What a page needs to know about a deal to tell, without a query, whether a change of it touches what the
/// page shows: its circle (who may hear of it), the fields the deal table and the board filter and sort by, and the
/// names a search matches. Carried by a <see cref="DealChange"/> as the deal was before and after it; never shown.
/// </summary>
/// <param name="CircleId">The team the deal belongs to.</param>
/// <param name="StageId">Its stage.</param>
/// <param name="OwnerId">The rep; <c>null</c> when unassigned.</param>
/// <param name="Priority">Priority.</param>
/// <param name="Value">Deal value.</param>
/// <param name="HealthScore">Health score; <c>null</c> when unscored.</param>
/// <param name="AccountId">The customer.</param>
/// <param name="Name">The deal's name.</param>
/// <param name="AccountName">The customer's name.</param>
/// <param name="UpdatedAt">Last change (UTC), the table's default order.</param>
/// <param name="StageEnteredAt">When it entered its stage (UTC).</param>
/// <param name="ExpectedCloseDate">When it should close.</param>
public sealed record DealFacts(
    Guid CircleId,
    Guid StageId,
    Guid? OwnerId,
    DealPriority Priority,
    decimal Value,
    int? HealthScore,
    Guid AccountId,
    string Name,
    string AccountName,
    DateTime UpdatedAt,
    DateTime StageEnteredAt,
    DateOnly? ExpectedCloseDate)
{
    /// <summary>The facts of <paramref name="deal"/> as it stands, with its account's name.</summary>
    public static DealFacts Of(Deal deal, string accountName)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return new DealFacts(deal.CircleId, deal.StageId, deal.OwnerId, deal.Priority, deal.Value, deal.HealthScore,
            deal.AccountId, deal.Name, accountName, deal.UpdatedAt, deal.StageEnteredAt, deal.ExpectedCloseDate);
    }
}
