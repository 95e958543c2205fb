using DealDesk.Core.Common;
using DealDesk.Core.Contacts;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Contacts;

/// <summary>"Create deal from this lead": the deal's name, stage, owner, circle, contact and account, and the same
/// history, timeline and announcement as any new deal.</summary>
public sealed class LeadDealTests(ContactBench bench) : IClassFixture<ContactBench>
{
    [Fact]
    public async Task CreateDeal_NamesItAfterTheContact_InQualified_OwnedByTheUser_LinkedToTheContact()
    {
        var circle = await bench.CircleIdAsync(ContactBench.Enterprise);
        var company = "Lead Works " + Guid.NewGuid().ToString("N")[..6];
        var contact = await bench.AddContactAsync(circle, "Dana Lead", company: company);
        var feed = new RecordingChangeFeed();
        var rep = await bench.AsAsync("rep@dealdesk.demo", feed);
        var repScope = await bench.ScopeOfAsync("rep@dealdesk.demo");

        var result = await rep.CreateDealAsync(contact.Id);

        Assert.True(result.Succeeded, string.Join("; ", result.AllMessages()));
        await using var db = bench.Sqlite.For(repScope);
        var deal = await db.Deals.Include(d => d.StageHistory).SingleAsync(d => d.Id == result.Value);
        Assert.Equal("Dana Lead \u2013 Opportunity", deal.Name);
        Assert.Equal("Qualified", await db.PipelineStages.Where(s => s.Id == deal.StageId).Select(s => s.Name).SingleAsync());
        Assert.Equal(repScope.UserId, deal.OwnerId);
        Assert.Equal(circle, deal.CircleId);
        Assert.Equal(contact.Id, deal.PrimaryContactId);
        Assert.Equal(company, await db.Accounts.Where(a => a.Id == deal.AccountId).Select(a => a.Name).SingleAsync());
        var entry = Assert.Single(deal.StageHistory);
        Assert.Null(entry.FromStageId);
        Assert.Equal(deal.StageId, entry.ToStageId);
        Assert.Contains(await db.Activities.Where(a => a.DealId == deal.Id).Select(a => a.Kind).ToListAsync(),
            k => k == ActivityKind.Created);
        var change = Assert.Single(feed.Published);
        Assert.Equal((deal.Id, DealChangeKind.Created), (change.DealId, change.Kind));
    }

    [Fact]
    public async Task CreateDeal_FindsTheAccountOfTheCompany_IgnoringCase_InsteadOfMakingASecond()
    {
        var circle = await bench.CircleIdAsync(ContactBench.Enterprise);
        var acme = await bench.WorkspaceAsync("Acme Sales");
        Guid accountId;
        string accountName;
        await using (var db = bench.Sqlite.For(acme))
        {
            (accountId, accountName) = await db.Accounts.OrderBy(a => a.Name).Select(a => new ValueTuple<Guid, string>(a.Id, a.Name)).FirstAsync();
        }

        var accountsBefore = await CountAccountsAsync(acme);
        var contact = await bench.AddContactAsync(circle, "Known Company Person", company: "  " + accountName.ToLowerInvariant() + " ");
        var moderator = await bench.AsAsync("moderator@dealdesk.demo");

        var result = await moderator.CreateDealAsync(contact.Id);

        Assert.True(result.Succeeded, string.Join("; ", result.AllMessages()));
        await using var check = bench.Sqlite.For(acme);
        Assert.Equal(accountId, await check.Deals.Where(d => d.Id == result.Value).Select(d => d.AccountId).SingleAsync());
        Assert.Equal(accountsBefore, await CountAccountsAsync(acme));
    }

    [Fact]
    public async Task CreateDeal_ForAContactWithoutACompany_AsksForTheCompany_AndCreatesNothing()
    {
        var circle = await bench.CircleIdAsync(ContactBench.Enterprise);
        var contact = await bench.AddContactAsync(circle, "No Company Person");
        var acme = await bench.WorkspaceAsync("Acme Sales");
        var accountsBefore = await CountAccountsAsync(acme);
        var rep = await bench.AsAsync("rep@dealdesk.demo");

        var result = await rep.CreateDealAsync(contact.Id);

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Equal([ContactMessages.CompanyRequiredForDeal], result.FieldErrors[nameof(ContactDraft.Company)]);
        Assert.Equal(accountsBefore, await CountAccountsAsync(acme));
        await using var db = bench.Sqlite.For(acme);
        Assert.False(await db.Deals.AnyAsync(d => d.PrimaryContactId == contact.Id));
    }

    [Fact]
    public async Task CreateDeal_WhenQualifiedWasRenamed_StartsInTheOpenStageAfterTheFirst()
    {
        // A bench of its own: renaming a stage would change what the other tests see.
        await using var own = new ContactBench();
        await own.InitializeAsync();
        var acme = await own.WorkspaceAsync("Acme Sales");
        await using (var db = own.Sqlite.For(acme))
        {
            var qualified = await db.PipelineStages.SingleAsync(s => s.Name == "Qualified");
            qualified.Rename("Discovery done");
            await db.SaveChangesAsync();
        }

        var contact = await own.AddContactAsync(await own.CircleIdAsync(ContactBench.Enterprise), "Renamed Stage Lead",
            company: "Renamed Stage Co");
        var result = await (await own.AsAsync("rep@dealdesk.demo")).CreateDealAsync(contact.Id);

        Assert.True(result.Succeeded, string.Join("; ", result.AllMessages()));
        await using var check = own.Sqlite.For(acme);
        var open = await check.PipelineStages.Where(s => s.Kind == DealDesk.Core.Pipeline.StageKind.Open).OrderBy(s => s.Order)
            .Select(s => s.Id).ToListAsync();
        Assert.Equal(open[1], await check.Deals.Where(d => d.Id == result.Value).Select(d => d.StageId).SingleAsync());
    }

    private async Task<int> CountAccountsAsync(TenantScope scope)
    {
        await using var db = bench.Sqlite.For(scope);
        return await db.Accounts.CountAsync();
    }
}
