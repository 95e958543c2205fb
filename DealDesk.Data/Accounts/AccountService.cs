using DealDesk.Core.Accounts;
using DealDesk.Core.Common;
using DealDesk.Data.Deals;
using DealDesk.Data.Persistence;
using DealDesk.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Accounts;

/// <summary>Accounts of the current user's workspace. The list's deal figures are counted in SQL over the deals the
/// user can see, so a rep sees the figures of their own circles.</summary>
internal sealed partial class AccountService(IDbContextFactory<DealDeskDbContext> contexts, ILogger<AccountService> log)
    : IAccountService
{
    /// <summary>Most rows one call returns.</summary>
    public const int MaxPageSize = 200;

    private static readonly AccountDraftValidator Validator = new();

    public async Task<AccountPage> SearchAsync(string? text, int page, int pageSize, AccountSort? sort = null,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accounts = Matching(db, text);
        var total = await accounts.CountAsync(cancellationToken);
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var skip = (long)Math.Max(0, page) * size;
        if (skip >= total)
        {
            return new AccountPage([], total);
        }

        var rows = await Rows(db, Sorted(db, accounts, sort ?? AccountSort.Default)
                .Skip((int)skip)
                .Take(size))
            .ToListAsync(cancellationToken);
        return new AccountPage(rows, total);
    }

    /// <summary>Sorted in SQL by the chosen column, then by the upper-case name (indexed with the workspace, so "acme"
    /// and "Acme" sort together) and the id, so pages never overlap. The deal figures are the same correlated
    /// subqueries as the row's, so they count only deals the user may see.</summary>
    private static IOrderedQueryable<Account> Sorted(DealDeskDbContext db, IQueryable<Account> accounts, AccountSort sort)
    {
        var descending = sort.Descending;
        var ordered = sort.Field switch
        {
            AccountSortField.Industry => By(accounts, a => a.Industry, descending),
            AccountSortField.Size => By(accounts, a => a.Size, descending),
            AccountSortField.DealCount => By(accounts, a => db.Deals.Count(d => d.AccountId == a.Id), descending),
            AccountSortField.OpenDealCount => By(accounts,
                a => db.Deals.Count(d => d.AccountId == a.Id && d.WonAt == null && d.LostAt == null), descending),
            AccountSortField.OpenValue => By(accounts,
                a => db.Deals.Where(d => d.AccountId == a.Id && d.WonAt == null && d.LostAt == null).Sum(d => d.Value),
                descending),
            _ => By(accounts, a => a.NormalizedName, descending),
        };
        return sort.Field == AccountSortField.Name
            ? (descending ? ordered.ThenByDescending(a => a.Id) : ordered.ThenBy(a => a.Id))
            : ordered.ThenBy(a => a.NormalizedName).ThenBy(a => a.Id);
    }

    private static IOrderedQueryable<Account> By<TKey>(IQueryable<Account> accounts,
        System.Linq.Expressions.Expression<Func<Account, TKey>> key, bool descending) =>
        descending ? accounts.OrderByDescending(key) : accounts.OrderBy(key);

    public async Task<IReadOnlyList<NamedOption>> LookupAsync(string? text, int take = 20,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accounts = db.Accounts.AsQueryable();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = Contains(text);
            accounts = accounts.Where(a => EF.Functions.Like(a.Name, pattern, DealFilters.LikeEscape));
        }

        return await accounts
            .OrderBy(a => a.NormalizedName)
            .ThenBy(a => a.Id)
            .Take(Math.Clamp(take, 1, MaxPageSize))
            .Select(a => new NamedOption(a.Id, a.Name))
            .ToListAsync(cancellationToken);
    }

    public async Task<AccountRow?> GetAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Rows(db, db.Accounts.Where(a => a.Id == accountId)).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<Result<Guid>> CreateAsync(AccountDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (Validator.WhyInvalid(draft) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await NameTakenAsync(db, draft.Name, exceptId: null, cancellationToken) is { } taken)
        {
            return taken;
        }

        Account account;
        try
        {
            account = new Account(draft.Name, draft.Industry, draft.Size, draft.Region, draft.Website,
                draft.CompanySizeBand);
        }
        catch (DomainException e)
        {
            return Result.Invalid("", e.Message);
        }

        db.Accounts.Add(account);
        var saved = await SaveAsync(db, account, cancellationToken);
        if (!saved.Succeeded)
        {
            return saved;
        }

        LogCreated(account.Id);
        return Result<Guid>.Ok(account.Id);
    }

    public async Task<Result> UpdateAsync(Guid accountId, AccountDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (Validator.WhyInvalid(draft) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return Result.NotFound(AccountMessages.NotFound);
        }

        if (db.ExpectVersion(account, draft.Version, AccountMessages.Conflict) is { } stale)
        {
            LogConflict(accountId);
            return stale;
        }

        if (await NameTakenAsync(db, draft.Name, exceptId: accountId, cancellationToken) is { } taken)
        {
            return taken;
        }

        try
        {
            account.Rename(draft.Name);
            account.Describe(draft.Industry, draft.Size, draft.Region, draft.Website, draft.CompanySizeBand);
        }
        catch (DomainException e)
        {
            return Result.Invalid("", e.Message);
        }

        var saved = await SaveAsync(db, account, cancellationToken);
        if (saved.Succeeded)
        {
            LogUpdated(account.Id);
        }

        return saved;
    }

    /// <summary>Saves, turning a lost race for the row (another save committed after our load) into a conflict, and a
    /// lost race for the name (another save took it after our check; the unique index refused ours) into the same
    /// field message as the check.</summary>
    private async Task<Result> SaveAsync(DealDeskDbContext db, Account account, CancellationToken cancellationToken)
    {
        var saved = await db.SaveOrRefuseAsync(AccountMessages.Conflict, async token =>
        {
            await using var fresh = await contexts.CreateDbContextAsync(token);
            return await NameTakenAsync(fresh, account.Name, account.Id, token);
        }, cancellationToken);
        if (saved.Status == ResultStatus.Conflict)
        {
            LogConflict(account.Id);
        }
        else if (!saved.Succeeded)
        {
            LogNameRace(account.Id);
        }

        return saved;
    }

    private static async Task<Result?> NameTakenAsync(DealDeskDbContext db, string name, Guid? exceptId,
        CancellationToken cancellationToken)
    {
        var normalized = Account.Normalize(name);
        var existing = await db.Accounts
            .Where(a => a.NormalizedName == normalized && a.Id != exceptId)
            .Select(a => a.Name)
            .FirstOrDefaultAsync(cancellationToken);
        return existing is null ? null : Result.Invalid(nameof(AccountDraft.Name), AccountMessages.NameTaken(existing));
    }

    private static IQueryable<Account> Matching(DealDeskDbContext db, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return db.Accounts;
        }

        var pattern = Contains(text);
        // With the index (ADR 0011) the LIKE reads only the accounts it found and keeps today's exact answer.
        var accounts = SearchIndex.Covers(db, text.Trim()) ? SearchIndex.AccountsContaining(db, text.Trim()) : db.Accounts;
        return accounts.Where(a => EF.Functions.Like(a.Name, pattern, DealFilters.LikeEscape)
            || EF.Functions.Like(a.Industry, pattern, DealFilters.LikeEscape)
            || EF.Functions.Like(a.Website, pattern, DealFilters.LikeEscape));
    }

    private static string Contains(string text) => "%" + DealFilters.EscapeLike(text.Trim()) + "%";

    /// <summary>Accounts as rows: each figure is a correlated subquery over <c>Deals</c>, which carries the
    /// workspace and circle filters, so the same SQL statement counts only deals the user may see.</summary>
    private static IQueryable<AccountRow> Rows(DealDeskDbContext db, IQueryable<Account> accounts) =>
        from a in accounts
        select new AccountRow(
            a.Id,
            a.Name,
            a.Industry,
            a.Size,
            a.CompanySizeBand,
            a.Website,
            a.Region,
            db.Deals.Count(d => d.AccountId == a.Id),
            db.Deals.Count(d => d.AccountId == a.Id && d.WonAt == null && d.LostAt == null),
            db.Deals.Where(d => d.AccountId == a.Id && d.WonAt == null && d.LostAt == null).Sum(d => d.Value),
            a.Version);

    [LoggerMessage(LogLevel.Information, "Account {AccountId} created")]
    private partial void LogCreated(Guid accountId);

    [LoggerMessage(LogLevel.Information, "Account {AccountId} updated")]
    private partial void LogUpdated(Guid accountId);

    [LoggerMessage(LogLevel.Information, "Account {AccountId} not saved: changed by someone else first")]
    private partial void LogConflict(Guid accountId);

    [LoggerMessage(LogLevel.Information, "Account {AccountId} not saved: its name was taken by another save first")]
    private partial void LogNameRace(Guid accountId);
}
