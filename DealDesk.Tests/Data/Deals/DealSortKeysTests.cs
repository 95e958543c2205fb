using DealDesk.Core.Accounts;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Accounts;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Pipeline;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Data.Deals;

/// <summary>The deal's copies of its account's name, its owner's name and its stage's order, which the deal table
/// sorts by, follow every write that changes what they copy, whichever side is written and in whatever order two
/// writers interleave.</summary>
public sealed class DealSortKeysTests(DealWorkbench bench) : IClassFixture<DealWorkbench>
{
    [Fact]
    public async Task SeededDeals_WrittenByTheBulkInsert_CarryTheirNames()
    {
        Assert.True(await DealCountAsync() > 0);
        Assert.Empty(await StaleDealsAsync());
    }

    [Fact]
    public async Task CreateAsync_NewDeal_CarriesItsAccountOwnerAndStage()
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");

        var dealId = await rep.NewDealAsync();

        var keys = await KeysOfAsync(dealId);
        Assert.Equal(await TruthOfAsync(dealId), keys);
        Assert.NotEqual("", keys.AccountName);
        Assert.NotEqual("", keys.OwnerName);
    }

    [Fact]
    public async Task UpdateAsync_AnotherAccountAndNoOwner_CopiesTheNewAccountAndAnEmptyOwner()
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();
        var draft = (await rep.Deals.GetDraftAsync(dealId))!;
        var before = await KeysOfAsync(dealId);
        draft.AccountId = await OtherAccountAsync(draft.AccountId!.Value);
        draft.OwnerId = null;

        var result = await rep.Deals.UpdateAsync(dealId, draft);

        Assert.True(result.Succeeded, string.Join("; ", result.AllMessages()));
        var after = await KeysOfAsync(dealId);
        Assert.Equal(await TruthOfAsync(dealId), after);
        Assert.NotEqual(before.AccountName, after.AccountName);
        Assert.Equal("", after.OwnerName);
    }

    [Fact]
    public async Task MoveAsync_ToAnotherStage_CopiesThatStagesOrder()
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();
        var later = await StageAtAsync(order: 2);

        Assert.True((await rep.MoveDealAsync(dealId, later.Id)).Succeeded);

        Assert.Equal(later.Order, (await KeysOfAsync(dealId)).StageOrder);
        Assert.Equal(await TruthOfAsync(dealId), await KeysOfAsync(dealId));
    }

    [Fact]
    public async Task AccountRenamed_EveryDealOfItCarriesTheNewName()
    {
        var admin = await bench.Sqlite.Database.ScopeOfUserAsync("admin@dealdesk.demo");
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();
        var accountId = (await rep.Deals.GetDraftAsync(dealId))!.AccountId!.Value;
        var newName = "Renamed " + Guid.NewGuid().ToString("N")[..8];

        await RenameAccountAsync(admin, accountId, newName);

        Assert.Equal(newName, (await KeysOfAsync(dealId)).AccountName);
        Assert.Empty(await StaleDealsAsync());
    }

    [Fact]
    public async Task UserRenamed_EveryDealTheyOwnCarriesTheNewName()
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();
        var newName = "Riley " + Guid.NewGuid().ToString("N")[..8];

        await using (var db = bench.Sqlite.For(TenantScope.None))
        {
            var user = await db.Users.SingleAsync(u => u.Id == rep.UserId);
            user.DisplayName = newName;
            await db.SaveChangesAsync();
        }

        Assert.Equal(newName, (await KeysOfAsync(dealId)).OwnerName);
        Assert.Empty(await StaleDealsAsync());
    }

    [Fact]
    public async Task StagesReordered_EveryDealCarriesItsStagesNewOrder()
    {
        var admin = await bench.Sqlite.Database.ScopeOfUserAsync("admin@dealdesk.demo");
        var service = new PipelineSettingsService(new FixedScopeContextFactory(bench.Sqlite.Database, admin),
            new TestCurrentUser(admin), TimeProvider.System, NullLogger<PipelineSettingsService>.Instance);
        var stages = await service.ListAsync();
        var open = stages.Where(s => s.Kind == StageKind.Open).Select(s => s.Id).ToList();
        var reordered = open.AsEnumerable().Reverse().Concat(stages.Where(s => s.Kind != StageKind.Open).Select(s => s.Id))
            .ToList();

        var result = await service.ReorderAsync(reordered);

        Assert.True(result.Succeeded, string.Join("; ", result.AllMessages()));
        Assert.Empty(await StaleDealsAsync());
        await using var db = bench.Sqlite.For(TenantScope.None);
        var moved = await db.Deals.IgnoreQueryFilters().Where(d => d.StageId == open[0])
            .Select(d => EF.Property<int>(d, "StageOrder")).Distinct().ToListAsync();
        Assert.Equal([open.Count - 1], moved);
    }

    [Fact]
    public async Task TwoWriters_DealSavedFromAReadBeforeTheAccountWasRenamed_CarriesTheNewName()
    {
        var admin = await bench.Sqlite.Database.ScopeOfUserAsync("admin@dealdesk.demo");
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();
        var otherAccountId = await OtherAccountAsync((await rep.Deals.GetDraftAsync(dealId))!.AccountId!.Value);
        var newName = "Renamed meanwhile " + Guid.NewGuid().ToString("N")[..8];

        // The first writer reads the deal, the second renames the account it is about to point the deal at, then
        // the first saves what it read before the rename.
        await using var first = bench.Sqlite.For(rep.Scope);
        var deal = await first.Deals.SingleAsync(d => d.Id == dealId);
        await RenameAccountAsync(admin, otherAccountId, newName);
        deal.ChangeAccount(otherAccountId);
        await first.SaveChangesAsync();

        Assert.Equal(newName, (await KeysOfAsync(dealId)).AccountName);
        Assert.Empty(await StaleDealsAsync());
    }

    [Fact]
    public async Task TwoWriters_AccountRenamedWhileADealOfItIsCreated_BothEndOnTheNewName()
    {
        var admin = await bench.Sqlite.Database.ScopeOfUserAsync("admin@dealdesk.demo");
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var draft = await rep.DraftAsync();
        var newName = "Renamed during create " + Guid.NewGuid().ToString("N")[..8];

        // The draft names the account as it was; the rename lands between the draft and the save.
        await RenameAccountAsync(admin, draft.AccountId!.Value, newName);
        var created = await rep.Deals.CreateAsync(draft);

        Assert.True(created.Succeeded);
        Assert.Equal(newName, (await KeysOfAsync(created.Value)).AccountName);
        Assert.Empty(await StaleDealsAsync());
    }

    private async Task RenameAccountAsync(TenantScope admin, Guid accountId, string newName)
    {
        var accounts = new AccountService(new FixedScopeContextFactory(bench.Sqlite.Database, admin),
            NullLogger<AccountService>.Instance);
        var account = (await accounts.GetAsync(accountId))!;
        var result = await accounts.UpdateAsync(accountId, new AccountDraft
        {
            Name = newName, Industry = account.Industry, Size = account.Size, Region = account.Region,
            Website = account.Website, CompanySizeBand = account.CompanySizeBand,
            Version = await bench.VersionOfAsync<Account>(accountId),
        });
        Assert.True(result.Succeeded, string.Join("; ", result.AllMessages()));
    }

    private async Task<int> DealCountAsync()
    {
        await using var db = bench.Sqlite.For(TenantScope.None);
        return await db.Deals.IgnoreQueryFilters().CountAsync();
    }

    private async Task<Guid> OtherAccountAsync(Guid accountId)
    {
        await using var db = bench.Sqlite.For(TenantScope.None);
        var workspaceId = await db.Accounts.IgnoreQueryFilters().Where(a => a.Id == accountId).Select(a => a.WorkspaceId)
            .SingleAsync();
        return await db.Accounts.IgnoreQueryFilters().Where(a => a.WorkspaceId == workspaceId && a.Id != accountId)
            .OrderBy(a => a.Name).Select(a => a.Id).FirstAsync();
    }

    private async Task<PipelineStage> StageAtAsync(int order)
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        await using var db = bench.Sqlite.For(rep.Scope);
        return await db.PipelineStages.SingleAsync(s => s.Order == order);
    }

    private async Task<SortKeys> KeysOfAsync(Guid dealId)
    {
        await using var db = bench.Sqlite.For(TenantScope.None);
        return await db.Deals.IgnoreQueryFilters().Where(d => d.Id == dealId)
            .Select(d => new SortKeys(EF.Property<string>(d, "AccountName"), EF.Property<string>(d, "OwnerName"),
                EF.Property<int>(d, "StageOrder")))
            .SingleAsync();
    }

    /// <summary>What the copies must say: the names and order read from their own tables now.</summary>
    private async Task<SortKeys> TruthOfAsync(Guid dealId)
    {
        await using var db = bench.Sqlite.For(TenantScope.None);
        return await (
                from d in db.Deals.IgnoreQueryFilters()
                join a in db.Accounts.IgnoreQueryFilters() on d.AccountId equals a.Id
                join s in db.PipelineStages.IgnoreQueryFilters() on d.StageId equals s.Id
                join u in db.Users on d.OwnerId equals u.Id into owners
                from u in owners.DefaultIfEmpty()
                where d.Id == dealId
                select new SortKeys(a.Name, u == null ? "" : u.DisplayName, s.Order))
            .SingleAsync();
    }

    private async Task<List<Guid>> StaleDealsAsync()
    {
        await using var db = bench.Sqlite.For(TenantScope.None);
        return await (
                from d in db.Deals.IgnoreQueryFilters()
                join a in db.Accounts.IgnoreQueryFilters() on d.AccountId equals a.Id
                join s in db.PipelineStages.IgnoreQueryFilters() on d.StageId equals s.Id
                join u in db.Users on d.OwnerId equals u.Id into owners
                from u in owners.DefaultIfEmpty()
                where EF.Property<string>(d, "AccountName") != a.Name
                      || EF.Property<string>(d, "OwnerName") != (u == null ? "" : u.DisplayName)
                      || EF.Property<int>(d, "StageOrder") != s.Order
                select d.Id)
            .ToListAsync();
    }

    private sealed record SortKeys(string AccountName, string OwnerName, int StageOrder);
}
