using DealDesk.Core.Accounts;
using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Core.Contacts;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Deals;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Contacts;

/// <summary>"Create deal from this lead". The account (found by the company name or created) and the deal are
/// written in one transaction, the deal through <see cref="DealCreation"/> like any new deal: first stage-history
/// entry, "Created" timeline entry, and the change announced to every open board and table once committed.</summary>
internal sealed partial class LeadConversionService(
    IDbContextFactory<DealDeskDbContext> contexts,
    ICircleAccess access,
    ICurrentUser user,
    TimeProvider clock,
    IDealChangeFeed dealChanges,
    ILogger<LeadConversionService> log) : ILeadConversionService
{
    private static readonly AccountDraftValidator AccountValidator = new();

    public async Task<Result<Guid>> CreateDealAsync(Guid contactId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Working a lead into a deal is a member's job (seed 003: members update contacts and work deals).
        var found = await access.FindContactAsync(db, contactId, CircleAction.UpdateContact, cancellationToken);
        if (found.Value is not { } contact)
        {
            return (Result)found;
        }

        // A deal needs an account; inventing one from a person's name would fill the account list with people, so
        // the user is asked for the company instead.
        if (string.IsNullOrWhiteSpace(contact.Company))
        {
            return Result.Invalid(nameof(ContactDraft.Company), ContactMessages.CompanyRequiredForDeal);
        }

        var stages = await db.PipelineStages
            .Select(s => new StageOption(s.Id, s.Name, s.Kind, s.Order, s.DefaultProbability, s.RottingDays))
            .ToListAsync(cancellationToken);
        if (LeadConversion.PickStage(stages) is not { } stage)
        {
            return Result.Invalid(nameof(DealDraft.StageId), ContactMessages.NoOpenStage);
        }

        var currency = await db.Workspaces.Select(w => w.Currency).SingleOrDefaultAsync(cancellationToken)
            ?? Money.DefaultCurrency;
        var strategy = db.Database.CreateExecutionStrategy();
        // A second try covers another user creating the same account between our look-up and our insert: the unique
        // name index refuses ours, the transaction rolls back, and the next try finds theirs.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var created = await strategy.ExecuteAsync(ct => AddDealAsync(contact, stage, currency, ct), cancellationToken);
                if (created.Succeeded)
                {
                    var deal = created.Value!;
                    LogLeadDeal(contactId, deal.Id);
                    // Announced from a context of its own: the loop's may hold the failed first try.
                    await using var announcing = await contexts.CreateDbContextAsync(CancellationToken.None);
                    await DealAnnouncements.AnnounceAsync(announcing, dealChanges, clock.GetUtcNow().UtcDateTime,
                        DealChangeKind.Created, [deal.Id], user.UserId, log, cancellationToken: CancellationToken.None);
                    return Result<Guid>.Ok(deal.Id);
                }

                return (Result)created;
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                LogAccountRace(contactId);
            }
        }
    }

    private async Task<Result<Deal>> AddDealAsync(Contact contact, StageOption stage, string currency,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var company = contact.Company!.Trim();
        var normalized = Account.Normalize(company);
        var accountId = await db.Accounts.Where(a => a.NormalizedName == normalized).Select(a => (Guid?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (accountId is null)
        {
            // The account's rules speak of its name; here that name is the contact's company field.
            if (AccountValidator.WhyInvalid(new AccountDraft { Name = company }) is { } invalid)
            {
                return Result.Invalid(nameof(ContactDraft.Company), invalid.Message ?? "Check the company.");
            }

            var account = new Account(company);
            db.Accounts.Add(account);
            // Saved inside the transaction so the deal's reference check below finds it.
            await db.SaveChangesAsync(cancellationToken);
            accountId = account.Id;
            LogAccountCreated(account.Id, contact.Id);
        }

        var draft = new DealDraft
        {
            Name = LeadConversion.DealName(contact.Name),
            AccountId = accountId,
            CircleId = contact.CircleId,
            StageId = stage.Id,
            OwnerId = user.UserId,
            Value = 0m,
            Currency = currency,
        };
        var added = await DealCreation.AddAsync(db, access, draft, user.UserId, Now(), cancellationToken);
        if (!added.Succeeded)
        {
            return added;
        }

        added.Value!.LinkPrimaryContact(contact.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }


    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    [LoggerMessage(LogLevel.Information, "Deal {DealId} created from contact {ContactId}")]
    private partial void LogLeadDeal(Guid contactId, Guid dealId);

    [LoggerMessage(LogLevel.Information, "Account {AccountId} created for the deal of contact {ContactId}")]
    private partial void LogAccountCreated(Guid accountId, Guid contactId);

    [LoggerMessage(LogLevel.Information,
        "Deal from contact {ContactId}: the account was created by another save first; trying again")]
    private partial void LogAccountRace(Guid contactId);
}
