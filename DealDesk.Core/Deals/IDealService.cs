using DealDesk.Core.Common;

namespace DealDesk.Core.Deals;

/// <summary>Creates, edits and moves deals for the current user. Every write validates its input again, runs in
/// one transaction, checks the concurrency token and announces the change on <see cref="IDealChangeFeed"/>.</summary>
public interface IDealService
{
    /// <summary>Stages, circles and owners to choose from.</summary>
    Task<DealFormOptions> GetFormOptionsAsync(CancellationToken cancellationToken = default);

    /// <summary>A deal's editable fields and version; <c>null</c> when it does not exist or is hidden.</summary>
    Task<DealDraft?> GetDraftAsync(Guid dealId, CancellationToken cancellationToken = default);

    /// <summary>Creates a deal; the new id on success.</summary>
    Task<Result<Guid>> CreateAsync(DealDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Saves an edited deal. <see cref="DealDraft.Version"/> must match the stored one, or nothing is
    /// written and the result is a conflict. A changed stage is a stage move.</summary>
    Task<Result> UpdateAsync(Guid dealId, DealDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Moves a deal to another stage (a Kanban drop). A deal changed since <paramref name="version"/> (the
    /// card's) was loaded is a conflict, and nothing is written.</summary>
    Task<Result> MoveAsync(Guid dealId, Guid stageId, string? lostReason, byte[] version,
        CancellationToken cancellationToken = default);
}
