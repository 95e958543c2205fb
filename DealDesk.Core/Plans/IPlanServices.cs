using DealDesk.Core.Common;

namespace DealDesk.Core.Plans;

/// <summary>A plan kept as numbered versions, reached through its owner (a deal or an account): an owner the user
/// cannot see gives <see cref="ResultStatus.NotFound"/>.</summary>
/// <typeparam name="TPlan">The plan document.</typeparam>
public interface IPlanVersions<TPlan>
    where TPlan : class
{
    /// <summary>The latest version, or an empty plan when none was saved.</summary>
    Task<Result<PlanSnapshot<TPlan>>> GetLatestAsync(Guid ownerId, CancellationToken cancellationToken = default);

    /// <summary>Version <paramref name="number"/>.</summary>
    Task<Result<PlanSnapshot<TPlan>>> GetVersionAsync(Guid ownerId, int number,
        CancellationToken cancellationToken = default);

    /// <summary>Every saved version, newest first.</summary>
    Task<Result<IReadOnlyList<PlanVersionInfo>>> ListVersionsAsync(Guid ownerId,
        CancellationToken cancellationToken = default);

    /// <summary>Saves <paramref name="plan"/> as a new version on top of <paramref name="basedOn"/> (<c>null</c> for the
    /// first); a newer version saved meanwhile gives <see cref="ResultStatus.Conflict"/> and writes nothing. Returns
    /// the new version's number.</summary>
    Task<Result<int>> SaveAsync(Guid ownerId, TPlan plan, int? basedOn, CancellationToken cancellationToken = default);
}

/// <summary>A deal's opportunity plan, reached through the deal. A save also records a "Plan version n saved"
/// timeline entry in the same transaction.</summary>
public interface IOpportunityPlanService : IPlanVersions<OpportunityPlan>
{
    /// <summary>A plan holding <paramref name="plan"/>'s content with the deal's current information and its
    /// account's stakeholders filled in (nothing saved).</summary>
    Task<Result<OpportunityPlan>> PrefillAsync(Guid dealId, OpportunityPlan plan,
        CancellationToken cancellationToken = default);

    /// <summary>The people who may own action items: the members of the deal's circle.</summary>
    Task<Result<IReadOnlyList<NamedOption>>> GetOwnersAsync(Guid dealId, CancellationToken cancellationToken = default);
}

/// <summary>An account's plan. Accounts are workspace-wide, so any user of the workspace may read and save it.</summary>
public interface IAccountPlanService : IPlanVersions<AccountPlan>
{
    /// <summary>The account's open deals the user can see, for the active opportunities.</summary>
    Task<Result<IReadOnlyList<NamedOption>>> GetOpenDealsAsync(Guid accountId,
        CancellationToken cancellationToken = default);
}
