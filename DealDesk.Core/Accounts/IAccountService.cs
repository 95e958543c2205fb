using DealDesk.Core.Common;

namespace DealDesk.Core.Accounts;

/// <summary>Accounts of the current user's workspace.</summary>
public interface IAccountService
{
    /// <summary>Accounts whose name, industry or website contains <paramref name="text"/>, one page, in the order of
    /// <paramref name="sort"/> (by name when <c>null</c>).</summary>
    Task<AccountPage> SearchAsync(string? text, int page, int pageSize, AccountSort? sort = null,
        CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="take"/> accounts whose name contains <paramref name="text"/>, for type-ahead.</summary>
    Task<IReadOnlyList<NamedOption>> LookupAsync(string? text, int take = 20, CancellationToken cancellationToken = default);

    /// <summary>One account with its figures; <c>null</c> when it is not in the workspace.</summary>
    Task<AccountRow?> GetAsync(Guid accountId, CancellationToken cancellationToken = default);

    /// <summary>Creates an account; refuses a name already used in the workspace, ignoring case.</summary>
    Task<Result<Guid>> CreateAsync(AccountDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Saves an edited account, with the same name rule. <see cref="ResultStatus.Conflict"/> (and nothing
    /// written) when the account changed since <see cref="AccountDraft.Version"/> was read.</summary>
    Task<Result> UpdateAsync(Guid accountId, AccountDraft draft, CancellationToken cancellationToken = default);
}
