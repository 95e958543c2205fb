using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Identity;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Deals;

/// <summary>The checks of a deal draft that need the database: the account, circle, stage and owner it names must
/// exist and be within the user's reach. The tenant filters hide other workspaces, so "not found" here also covers
/// "not yours"; the circle is judged by <see cref="ICircleAccess"/>, the one place circle rights are decided.</summary>
internal static class DealReferences
{
    /// <summary>The draft's stage when every reference holds; otherwise the field-level failure.</summary>
    /// <param name="db">The write's context.</param>
    /// <param name="access">Decides whether the user may put the deal in the draft's circle.</param>
    /// <param name="draft">The deal as the user wants it.</param>
    /// <param name="action">What the write does in the draft's circle: create (or move into it) or update.</param>
    /// <param name="cancellationToken">Cancels the checks.</param>
    public static async Task<Result<PipelineStage>> CheckAsync(DealDeskDbContext db, ICircleAccess access,
        DealDraft draft, CircleAction action, CancellationToken cancellationToken)
    {
        if (!await db.Accounts.AnyAsync(a => a.Id == draft.AccountId, cancellationToken))
        {
            return Fail(nameof(DealDraft.AccountId), "Choose an account of this workspace.");
        }

        if (await access.CheckChoiceAsync(draft.CircleId!.Value, action, nameof(DealDraft.CircleId), "a deal's circle",
                cancellationToken) is { } refused)
        {
            return refused;
        }

        var stage = await db.PipelineStages.SingleOrDefaultAsync(s => s.Id == draft.StageId, cancellationToken);
        if (stage is null)
        {
            return Fail(nameof(DealDraft.StageId), "Choose a stage of this pipeline.");
        }

        if (Deal.WhyCannotEnter(stage.Kind, draft.LostReason) is { } refusal)
        {
            return Fail(nameof(DealDraft.LostReason), refusal);
        }

        if (draft.OwnerId is { } ownerId
            && !await OwnersOf(db, [draft.CircleId!.Value]).AnyAsync(u => u.Id == ownerId, cancellationToken))
        {
            return Fail(nameof(DealDraft.OwnerId), "The owner must be a member of the deal's circle.");
        }

        return Result<PipelineStage>.Ok(stage);
    }

    /// <summary>Users who may own deals of <paramref name="circleIds"/>: their members and the workspace admins.</summary>
    public static IQueryable<ApplicationUser> OwnersOf(DealDeskDbContext db, IReadOnlyCollection<Guid> circleIds) =>
        db.Users.Where(u => u.WorkspaceId == db.Tenant.WorkspaceId
            && (u.IsWorkspaceAdmin || db.CircleMemberships.Any(m => m.UserId == u.Id && circleIds.Contains(m.CircleId))));

    private static Result<PipelineStage> Fail(string field, string message) =>
        Result.Invalid(field, message);
}
