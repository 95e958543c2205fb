using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Deals;

/// <summary>The one way a new deal comes into being, shared by "New deal" and "Create deal from this lead": the draft
/// validated again, its references checked (its circle through <see cref="ICircleAccess"/>), the deal (with the first entry of its stage history) and its "Created"
/// timeline entry added to the caller's context. The caller saves, within its own transaction, and then announces.</summary>
internal static class DealCreation
{
    private static readonly DealDraftValidator Validator = new();

    /// <summary>The new, unsaved deal; or the field-level failure, with nothing added.</summary>
    public static async Task<Result<Deal>> AddAsync(DealDeskDbContext db, ICircleAccess access, DealDraft draft, Guid? by,
        DateTime at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (Validator.WhyInvalid(draft) is { } invalid)
        {
            return invalid;
        }

        var references = await DealReferences.CheckAsync(db, access, draft, CircleAction.CreateDeal, cancellationToken);
        if (!references.Succeeded)
        {
            return (Result)references;
        }

        var stage = references.Value!;
        Deal deal;
        try
        {
            deal = new Deal(draft.Name, draft.AccountId!.Value, draft.CircleId!.Value, stage, by, at,
                draft.Value!.Value, draft.Currency, draft.Priority, DealSource.Manual, draft.LostReason);
            deal.AssignTo(draft.OwnerId);
            deal.ExpectCloseOn(draft.ExpectedCloseDate);
            deal.SetProductLine(draft.ProductLine);
        }
        catch (DomainException e)
        {
            return Result.Invalid("", e.Message);
        }

        db.Deals.Add(deal);
        db.Activities.Add(Activity.Record(deal.Id, ActivityKind.Created, by, at,
            $"Created in {stage.Name} at {TimelineText.Money(deal.Value, deal.Currency)}"));
        return Result<Deal>.Ok(deal);
    }
}
