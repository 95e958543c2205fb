using DealDesk.Core.Common;

namespace DealDesk.Core.Intelligence.Stakeholders;

/// <summary>A contact the user may add to a map, for the type-ahead.</summary>
/// <param name="Id">The contact.</param>
/// <param name="Name">Full name.</param>
/// <param name="Email">Email.</param>
/// <param name="Company">Company, if known.</param>
public sealed record ContactOption(Guid Id, string Name, string Email, string? Company);

/// <summary>The political map of a deal: the stakeholders of its account, reached through the deal so that a deal the
/// user cannot see (another workspace, a circle they are not in) gives <see cref="ResultStatus.NotFound"/>. Every
/// write records a timeline entry on each open deal of the account, in the same transaction, and announces
/// <c>Worked</c> on each of those deals once committed.</summary>
public interface IStakeholderService
{
    /// <summary>The map of the deal's account with its warnings.</summary>
    Task<Result<StakeholderMap>> GetMapAsync(Guid dealId, CancellationToken cancellationToken = default);

    /// <summary>Adds a person by hand or from a contact (<see cref="StakeholderDraft.ContactId"/>); the title
    /// heuristic proposes the scores not set by hand. Returns the new stakeholder's id.</summary>
    Task<Result<Guid>> AddAsync(Guid dealId, StakeholderDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Edits details, roles and scores set by hand; a changed title re-runs the heuristic, which never
    /// replaces an override. <see cref="ResultStatus.Conflict"/> when the stakeholder changed since
    /// <see cref="StakeholderDraft.Version"/> was read.</summary>
    Task<Result> UpdateAsync(Guid dealId, Guid stakeholderId, StakeholderDraft draft,
        CancellationToken cancellationToken = default);

    /// <summary>Sets one score by hand (a <see cref="ScoreSource.HumanOverride"/>); evidence defaults to
    /// "Set by {user}". <see cref="ResultStatus.Conflict"/> when the stakeholder changed since
    /// <paramref name="version"/> (its card's <see cref="StakeholderCard.Version"/>) was read.</summary>
    Task<Result> SetScoreAsync(Guid dealId, Guid stakeholderId, StakeholderScoreKind kind, int value, string? evidence,
        byte[] version, CancellationToken cancellationToken = default);

    /// <summary>Takes a person off the account's map.</summary>
    Task<Result> RemoveAsync(Guid dealId, Guid stakeholderId, CancellationToken cancellationToken = default);

    /// <summary>Contacts of the user's circles matching <paramref name="text"/> (name, email or company).</summary>
    Task<IReadOnlyList<ContactOption>> FindContactsAsync(string? text, int take = 10,
        CancellationToken cancellationToken = default);
}
