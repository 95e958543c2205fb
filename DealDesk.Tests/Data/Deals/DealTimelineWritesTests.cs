using DealDesk.Core.Accounts;
using DealDesk.Core.Circles;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Deals;

/// <summary>Every write of the deal service leaves exactly the timeline entries it should, by the acting user, in
/// the words users read; an edit that changes nothing leaves none.</summary>
public sealed class DealTimelineWritesTests(DealWorkbench bench) : IClassFixture<DealWorkbench>
{
    [Fact]
    public async Task Create_WritesOneCreatedEntry_ByTheCreator()
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");

        var dealId = await rep.NewDealAsync();

        var entry = Assert.Single(await EntriesAsync(dealId));
        Assert.Equal(ActivityKind.Created, entry.Kind);
        Assert.Equal(rep.UserId, entry.ActorId);
        Assert.Equal(bench.Clock.UtcNow, entry.OccurredAt);
        Assert.Equal("Created in New at $25,000", entry.Summary);
    }

    [Fact]
    public async Task Update_WritesOneFieldChangePerChangedField_WithOldAndNewAsUsersSeeThem()
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();
        var draft = (await rep.Deals.GetDraftAsync(dealId))!;
        await using var system = bench.Sqlite.For(TenantScope.System(rep.Scope.WorkspaceId));
        var accounts = await system.Accounts.OrderBy(a => a.Name).Take(2).ToListAsync();
        var enterprise = await system.Circles.SingleAsync(c => c.Name == "Enterprise Team");
        var admin = await system.Users.SingleAsync(u => u.Email == "admin@dealdesk.demo");
        var repName = await system.Users.Where(u => u.Id == rep.UserId).Select(u => u.DisplayName).SingleAsync();
        var originalName = draft.Name;
        draft.Name = "Renamed deal";
        draft.AccountId = accounts[1].Id;
        draft.CircleId = enterprise.Id;
        draft.OwnerId = admin.Id;
        draft.Value = 31_500.5m;
        draft.ExpectedCloseDate = new DateOnly(2027, 4, 1);
        draft.Priority = DealPriority.High;
        draft.ProductLine = "Analytics";
        bench.Clock.UtcNow = bench.Clock.UtcNow.AddMinutes(5);

        var result = await rep.Deals.UpdateAsync(dealId, draft);

        Assert.True(result.Succeeded, string.Join("; ", result.AllMessages()));
        var changes = (await EntriesAsync(dealId)).Where(a => a.Kind == ActivityKind.FieldChanged)
            .ToDictionary(a => a.Field!, a => (a.OldValue, a.NewValue));
        Assert.Equal(new Dictionary<string, (string?, string?)>
        {
            ["Name"] = (originalName, "Renamed deal"),
            ["Account"] = (accounts[0].Name, accounts[1].Name),
            ["Circle"] = ("Growth Team", "Enterprise Team"),
            ["Owner"] = (repName, admin.DisplayName),
            ["Value"] = ("$25,000", "$31,500.5"),
            ["Expected close"] = ("15 Mar 2027", "1 Apr 2027"),
            ["Priority"] = ("Medium", "High"),
            ["Product line"] = (null, "Analytics"),
        }, changes);
        Assert.All(await EntriesAsync(dealId, ActivityKind.FieldChanged), a =>
        {
            Assert.Equal(rep.UserId, a.ActorId);
            Assert.Equal(bench.Clock.UtcNow, a.OccurredAt);
        });
        Assert.Empty(await EntriesAsync(dealId, ActivityKind.StageMoved));
    }

    [Fact]
    public async Task Update_ThatChangesNothing_WritesNoEntry()
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();
        var draft = (await rep.Deals.GetDraftAsync(dealId))!;

        var result = await rep.Deals.UpdateAsync(dealId, draft);

        Assert.True(result.Succeeded);
        Assert.Equal([ActivityKind.Created], (await EntriesAsync(dealId)).Select(a => a.Kind));
    }

    [Fact]
    public async Task Update_ChangingTheStage_WritesAStageMove_AndNoFieldChange()
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();
        var draft = (await rep.Deals.GetDraftAsync(dealId))!;
        draft.StageId = await StageIdAsync(rep, "Qualified");
        bench.Clock.UtcNow = bench.Clock.UtcNow.AddMinutes(1);

        Assert.True((await rep.Deals.UpdateAsync(dealId, draft)).Succeeded);

        var move = Assert.Single(await EntriesAsync(dealId, ActivityKind.StageMoved));
        Assert.Equal("Moved from New to Qualified", move.Summary);
        Assert.Empty(await EntriesAsync(dealId, ActivityKind.FieldChanged));
    }

    [Fact]
    public async Task Move_WritesOneStageMove_AndToLostNamesTheReason()
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();
        bench.Clock.UtcNow = bench.Clock.UtcNow.AddMinutes(1);

        Assert.True((await rep.MoveDealAsync(dealId, await StageIdAsync(rep, "Proposal"))).Succeeded);
        bench.Clock.UtcNow = bench.Clock.UtcNow.AddMinutes(1);
        Assert.True((await rep.MoveDealAsync(dealId, await StageIdAsync(rep, "Lost"), "Went with a competitor"))
            .Succeeded);

        var moves = (await EntriesAsync(dealId, ActivityKind.StageMoved)).Select(a => (a.Summary, a.ActorId));
        Assert.Equal(
            [("Moved from New to Proposal", rep.UserId), ("Moved from Proposal to Lost (lost: Went with a competitor)", rep.UserId)],
            moves);
    }

    [Fact]
    public async Task Move_ToTheStageItIsIn_OrRefused_WritesNothing()
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();

        Assert.True((await rep.MoveDealAsync(dealId, await StageIdAsync(rep, "New"))).Succeeded);
        Assert.False((await rep.MoveDealAsync(dealId, await StageIdAsync(rep, "Lost"))).Succeeded);

        Assert.Equal([ActivityKind.Created], (await EntriesAsync(dealId)).Select(a => a.Kind));
    }

    private async Task<List<Activity>> EntriesAsync(Guid dealId, ActivityKind? kind = null)
    {
        await using var db = bench.Sqlite.For(TenantScope.None);
        return await db.Activities.IgnoreQueryFilters()
            .Where(a => a.DealId == dealId && (kind == null || a.Kind == kind))
            .OrderBy(a => a.OccurredAt).ThenBy(a => a.Kind).ToListAsync();
    }

    private async Task<Guid> StageIdAsync(DealWorkbench.Act user, string name)
    {
        await using var db = bench.Sqlite.For(user.Scope);
        return await db.PipelineStages.Where(s => s.Name == name).Select(s => s.Id).SingleAsync();
    }
}
