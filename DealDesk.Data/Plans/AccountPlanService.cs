using DealDesk.Core.Accounts;
using DealDesk.Core.Common;
using DealDesk.Core.Plans;
using DealDesk.Data.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Plans;

/// <summary>Account plans in the plan store, with the account's open deals to choose active opportunities from.
/// </summary>
internal sealed partial class AccountPlanService(
    IDbContextFactory<DealDeskDbContext> contexts,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<AccountPlanService> log) : PlanStore<AccountPlan, AccountPlanVersion>(contexts, user, clock), IAccountPlanService
{
    private static readonly AccountPlanValidator PlanValidator = new();

    protected override IValidator<AccountPlan> Validator => PlanValidator;

    protected override string OwnerNotFound => PlanMessages.AccountNotFound;

    public async Task<Result<IReadOnlyList<NamedOption>>> GetOpenDealsAsync(Guid accountId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await Contexts.CreateDbContextAsync(cancellationToken);
        if (!await OwnerVisibleAsync(db, accountId, cancellationToken))
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

    // Accounts are workspace-wide: the workspace filter on the account is the only visibility check.
    protected override Task<bool> OwnerVisibleAsync(DealDeskDbContext db, Guid ownerId,
        CancellationToken cancellationToken) => db.Accounts.AnyAsync(a => a.Id == ownerId, cancellationToken);

    protected override IQueryable<AccountPlanVersion> Versions(DealDeskDbContext db, Guid ownerId) =>
        db.AccountPlanVersions.Where(v => v.AccountId == ownerId);

    protected override void AddVersion(DealDeskDbContext db, Guid ownerId, int number, string document, DateTime now) =>
        db.AccountPlanVersions.Add(new AccountPlanVersion(ownerId, number, document, User.UserId, now));

    protected override void LogSaved(Guid ownerId, int number) => Saved(ownerId, number);

    protected override void LogConflict(Guid ownerId, int basedOn, int latest) => Refused(ownerId, basedOn, latest);

    [LoggerMessage(LogLevel.Information, "Account plan of account {AccountId}: version {Number} saved")]
    private partial void Saved(Guid accountId, int number);

    [LoggerMessage(LogLevel.Information,
        "Account plan of account {AccountId} not saved: based on version {BasedOn}, latest is {Latest}")]
    private partial void Refused(Guid accountId, int basedOn, int latest);
}
