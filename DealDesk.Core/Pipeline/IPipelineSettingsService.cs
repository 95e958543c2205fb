using DealDesk.Core.Common;

namespace DealDesk.Core.Pipeline;

/// <summary>Shapes the workspace's pipeline. Reading is open to every member; changes are for workspace admins
/// and come back <see cref="ResultStatus.Forbidden"/> for anyone else.</summary>
public interface IPipelineSettingsService
{
    /// <summary>Every stage in order, with its deal count.</summary>
    Task<IReadOnlyList<StageSetting>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a stage at the end of its kind's group (open stages before won, won before lost).</summary>
    Task<Result<Guid>> AddAsync(StageDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Renames a stage and sets its probability and rotting days; its kind stays.
    /// <see cref="ResultStatus.Conflict"/> (and nothing written) when the stage changed since
    /// <see cref="StageDraft.Version"/> was read.</summary>
    Task<Result> UpdateAsync(Guid stageId, StageDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Puts the stages in the given order; the list must hold every stage exactly once.</summary>
    Task<Result> ReorderAsync(IReadOnlyList<Guid> stageIds, CancellationToken cancellationToken = default);

    /// <summary>Deletes a stage that holds no deals; refuses with a message naming the count otherwise, and
    /// refuses to delete the last stage of a kind. A stage named by stage history is archived rather than removed,
    /// so the history keeps its meaning.</summary>
    Task<Result> DeleteAsync(Guid stageId, CancellationToken cancellationToken = default);
}
