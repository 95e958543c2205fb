using DealDesk.Core.Deals;
using DealDesk.Core.Kpis;
using DealDesk.Core.Pipeline;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Contacts.Components;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Persistence;

/// <summary>Behaviour on a saved aggregate persists: children the entity adds (stage history, KPI history,
/// notes) are inserted, not mistaken for existing rows because their ids are set by the domain.</summary>
public sealed class AggregatePersistenceTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task MoveTo_OnASavedDeal_InsertsTheHistoryEntryAndUpdatesTheDeal()
    {
        var scope = await seeded.ScopeOfAsync("admin@dealdesk.demo");
        await using var db = seeded.Sqlite.For(scope);
        var won = await db.PipelineStages.SingleAsync(s => s.Kind == StageKind.Won);
        var deal = await db.Deals.Include(d => d.StageHistory).FirstAsync(d => d.WonAt == null && d.LostAt == null);
        var historyBefore = deal.StageHistory.Count;
        var at = DateTime.UtcNow;

        deal.MoveTo(won, scope.UserId, at);
        await db.SaveChangesAsync();

        await using var check = seeded.Sqlite.For(scope);
        var stored = await check.Deals.Include(d => d.StageHistory).SingleAsync(d => d.Id == deal.Id);
        Assert.Equal(won.Id, stored.StageId);
        Assert.NotNull(stored.WonAt);
        Assert.Equal(historyBefore + 1, stored.StageHistory.Count);
        Assert.Contains(stored.StageHistory, h => h.ToStageId == won.Id && h.MovedBy == scope.UserId);
    }

    [Fact]
    public async Task RecordValue_OnASavedKpi_AppendsHistory()
    {
        var scope = await seeded.ScopeOfAsync("moderator@dealdesk.demo");
        await using var db = seeded.Sqlite.For(scope);
        var kpi = await db.Kpis.FirstAsync();
        var before = await db.KpiHistory.CountAsync(h => h.KpiId == kpi.Id);

        kpi.RecordValue(kpi.CurrentValue + 10, DateTime.UtcNow);
        await db.SaveChangesAsync();

        await using var check = seeded.Sqlite.For(scope);
        Assert.Equal(before + 1, await check.KpiHistory.CountAsync(h => h.KpiId == kpi.Id));
        Assert.Equal(KpiTrend.Up, (await check.Kpis.SingleAsync(k => k.Id == kpi.Id)).Trend);
    }

    [Fact]
    public async Task AddNote_OnASavedContact_InsertsTheNoteAndUpdatesLatestNote()
    {
        var scope = await seeded.ScopeOfAsync("rep@dealdesk.demo");
        await using var db = seeded.Sqlite.For(scope);
        var contact = await db.Contacts.FirstAsync();

        contact.AddNote("Called back, wants a demo on Friday.", scope.UserId, DateTime.UtcNow);
        await db.SaveChangesAsync();

        await using var check = seeded.Sqlite.For(scope);
        Assert.Equal("Called back, wants a demo on Friday.",
            (await check.Contacts.SingleAsync(c => c.Id == contact.Id)).LatestNote);
        Assert.True(await check.ContactNotes.AnyAsync(n => n.ContactId == contact.Id && n.Text.StartsWith("Called back")));
    }
}
