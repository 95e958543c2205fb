using DealDesk.Core.Accounts;
using DealDesk.Core.Common;
using DealDesk.Core.Plans;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Plans;

/// <summary>Account plans as numbered versions of a JSON document. Accounts are workspace-wide, so the workspace
/// filter on the account is the only visibility check.</summary>
internal sealed partial class AccountPlanService(
    IDbContextFactory<DealDeskDbContext> contexts,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<AccountPlanService> log) : IAccountPlanService
{
    private static readonly AccountPlanValidator Validator = new();

    public async Task<Result<PlanSnapshot<AccountPlan>>> GetLatestAsync(Guid accountId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            return NotFound<PlanSnapshot<AccountPlan>>();
        }

        var latest = await PlanDocuments.WithSaver(db, Versions(db, accountId).OrderByDescending(v => v.Number))
            .FirstOrDefaultAsync(cancellationToken);
        return Result<PlanSnapshot<AccountPlan>>.Ok(PlanDocuments.Snapshot<AccountPlan>(latest));
    }

    public async Task<Result<PlanSnapshot<AccountPlan>>> GetVersionAsync(Guid accountId, int number,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            return NotFound<PlanSnapshot<AccountPlan>>();
        }

        var stored = await PlanDocuments.WithSaver(db, Versions(db, accountId).Where(v => v.Number == number))
            .SingleOrDefaultAsync(cancellationToken);
        return stored is null
            ? Result.NotFound(PlanMessages.VersionNotFound)
            : Result<PlanSnapshot<AccountPlan>>.Ok(PlanDocuments.Snapshot<AccountPlan>(stored));
    }

    public async Task<Result<IReadOnlyList<PlanVersionInfo>>> ListVersionsAsync(Guid accountId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            return NotFound<IReadOnlyList<PlanVersionInfo>>();
        }

        return Result<IReadOnlyList<PlanVersionInfo>>.Ok(
            await PlanDocuments.ListAsync(db, Versions(db, accountId), cancellationToken));
    }

    public async Task<Result<int>> SaveAsync(Guid accountId, AccountPlan plan, int? basedOn,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var valid = Validator.Validate(plan).ToResult();
        if (!valid.Succeeded)
        {
            return valid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            return NotFound<int>();
        }

        var latest = await Versions(db, accountId).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        if (latest != (basedOn ?? 0))
        {
            LogConflict(accountId, basedOn ?? 0, latest);
            return Result.Conflict(PlanMessages.Conflict);
        }

        var number = latest + 1;
        db.AccountPlanVersions.Add(new AccountPlanVersion(accountId, number, PlanDocuments.Write(plan), user.UserId,
            clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another save took this number between our check and our insert: the unique index refused ours.
            LogConflict(accountId, latest, number);
            return Result.Conflict(PlanMessages.Conflict);
        }

        LogSaved(accountId, number);
        return Result<int>.Ok(number);
    }

    public async Task<Result<IReadOnlyList<NamedOption>>> GetOpenDealsAsync(Guid accountId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            return NotFound<IReadOnlyList<NamedOption>>();
        }

        return Result<IReadOnlyList<NamedOption>>.Ok(await db.Deals
            .Where(d => d.AccountId == accountId && d.WonAt == null && d.LostAt == null)
            .OrderBy(d => d.Name).ThenBy(d => d.Id)
            .Take(AccountPlan.MaxActiveOpportunities)
            .Select(d => new NamedOption(d.Id, d.Name))
            .ToListAsync(cancellationToken));
    }

    private static IQueryable<AccountPlanVersion> Versions(DealDeskDbContext db, Guid accountId) =>
        db.AccountPlanVersions.Where(v => v.AccountId == accountId);

    private static Result<T> NotFound<T>() => Result.NotFound(PlanMessages.AccountNotFound);

    [LoggerMessage(LogLevel.Information, "Account plan of account {AccountId}: version {Number} saved")]
    private partial void LogSaved(Guid accountId, int number);

    [LoggerMessage(LogLevel.Information,
        "Account plan of account {AccountId} not saved: based on version {BasedOn}, latest is {Latest}")]
    private partial void LogConflict(Guid accountId, int basedOn, int latest);
}
