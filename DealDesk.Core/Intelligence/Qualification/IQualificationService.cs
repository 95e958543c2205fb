using DealDesk.Core.Common;

namespace DealDesk.Core.Intelligence.Qualification;

/// <summary>MEDDPICC writes for the current user. Each write checks the deal is visible, records a
/// QualificationChanged activity in the same transaction, announces the deal as worked and recalculates its health.
/// </summary>
public interface IQualificationService
{
    /// <summary>Sets one element's status, score and summary. <see cref="ResultStatus.Conflict"/> (and nothing written)
    /// when the element was assessed by someone else since <see cref="ElementDraft.Version"/> was read.</summary>
    Task<Result> UpdateElementAsync(Guid dealId, ElementDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Adds evidence to a deal; returns its id.</summary>
    Task<Result<Guid>> AddEvidenceAsync(Guid dealId, EvidenceDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Removes one evidence item of a deal.</summary>
    Task<Result> RemoveEvidenceAsync(Guid dealId, Guid evidenceId, CancellationToken cancellationToken = default);
}
