using DealDesk.Core.Common;

namespace DealDesk.Core.Plans;

/// <summary>A deal's opportunity plan, reached through the deal: a deal the user cannot see gives
/// <see cref="ResultStatus.NotFound"/>.</summary>
public interface IOpportunityPlanService
{
    /// <summary>The latest version, or an empty plan when none was saved.</summary>
    Task<Result<PlanSnapshot<OpportunityPlan>>> GetLatestAsync(Guid dealId, CancellationToken cancellationToken = default);

    /// <summary>Version <paramref name="number"/>.</summary>
    Task<Result<PlanSnapshot<OpportunityPlan>>> GetVersionAsync(Guid dealId, int number,
        CancellationToken cancellationToken = default);

    /// <summary>Every saved version, newest first.</summary>
    Task<Result<IReadOnlyList<PlanVersionInfo>>> ListVersionsAsync(Guid dealId,
        CancellationToken cancellationToken = default);

    /// <summary>Saves <paramref name="plan"/> as a new version on top of <paramref name="basedOn"/> (<c>null</c> for the
    /// first); a newer version saved meanwhile gives <see cref="ResultStatus.Conflict"/> and writes nothing. Records a
    /// "Plan version n saved" timeline entry in the same transaction. Returns the new version's number.</summary>
    Task<Result<int>> SaveAsync(Guid dealId, OpportunityPlan plan, int? basedOn,
        CancellationToken cancellationToken = default);

    /// <summary>A plan holding <paramref name="plan"/>'s content with the deal's current information and its
    /// account's stakeholders filled in (nothing saved).</summary>
    Task<Result<OpportunityPlan>> PrefillAsync(Guid dealId, OpportunityPlan plan,
        CancellationToken cancellationToken = default);

    /// <summary>The people who may own action items: the members of the deal's circle.</summary>
    Task<Result<IReadOnlyList<NamedOption>>> GetOwnersAsync(Guid dealId, CancellationToken cancellationToken = default);
}

/// <summary>An account's plan. Accounts are workspace-wide, so any user of the workspace may read and save it.</summary>
public interface IAccountPlanService
{
    /// <summary>The latest version, or an empty plan when none was saved.</summary>
    Task<Result<PlanSnapshot<AccountPlan>>> GetLatestAsync(Guid accountId, CancellationToken cancellationToken = default);

    /// <summary>Version <paramref name="number"/>.</summary>
    Task<Result<PlanSnapshot<AccountPlan>>> GetVersionAsync(Guid accountId, int number,
        CancellationToken cancellationToken = default);

    /// <summary>Every saved version, newest first.</summary>
    Task<Result<IReadOnlyList<PlanVersionInfo>>> ListVersionsAsync(Guid accountId,
        CancellationToken cancellationToken = default);

    /// <summary>Saves <paramref name="plan"/> as a new version on top of <paramref name="basedOn"/>; a newer version
    /// saved meanwhile gives <see cref="ResultStatus.Conflict"/>. Returns the new version's number.</summary>
    Task<Result<int>> SaveAsync(Guid accountId, AccountPlan plan, int? basedOn,
        CancellationToken cancellationToken = default);

    /// <summary>The account's open deals the user can see, for the active opportunities.</summary>
    Task<Result<IReadOnlyList<NamedOption>>> GetOpenDealsAsync(Guid accountId,
        CancellationToken cancellationToken = default);
}
