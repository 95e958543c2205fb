using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Seeding;

/// <summary>The demo data's timelines agree with the deals' stage histories, and some open deals carry work.</summary>
public sealed class DemoTimelineSeedTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task EverySeededDeal_HasOneCreatedEntry_AndOneStageMovePerLaterStageEntry()
    {
        await using var db = seeded.Sqlite.For(TenantScope.None);
        var deals = await db.Deals.IgnoreQueryFilters()
            .Select(d => new
            {
                d.Id,
                Entries = db.DealStageHistory.Count(h => h.DealId == d.Id),
                Created = db.Activities.IgnoreQueryFilters().Count(a => a.DealId == d.Id && a.Kind == ActivityKind.Created),
                Moves = db.Activities.IgnoreQueryFilters().Count(a => a.DealId == d.Id && a.Kind == ActivityKind.StageMoved),
            })
            .ToListAsync();

        Assert.Equal(SeededDatabase.SmallDemo.Deals + 80, deals.Count); // Acme Sales and Globex
        Assert.All(deals, d => Assert.Equal((1, d.Entries - 1), (d.Created, d.Moves)));
        Assert.Contains(deals, d => d.Moves > 0);
    }

    [Fact]
    public async Task SomeOpenSeededDeals_HaveTasks_SomeOverdue_AndNotesWithTheirEntries()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var db = seeded.Sqlite.For(TenantScope.None);
        var tasks = await db.DealTasks.IgnoreQueryFilters().ToListAsync();
        var notes = await db.DealNotes.IgnoreQueryFilters().CountAsync();
        var activities = await db.Activities.IgnoreQueryFilters().GroupBy(a => a.Kind)
            .ToDictionaryAsync(g => g.Key, g => g.Count());

        Assert.NotEmpty(tasks);
        Assert.Contains(tasks, t => t.IsOverdue(today));
        Assert.Contains(tasks, t => t.IsOpen && t.DueOn >= today);
        Assert.Equal(tasks.Count, activities[ActivityKind.TaskCreated]);
        Assert.Equal(tasks.Count(t => !t.IsOpen), activities.GetValueOrDefault(ActivityKind.TaskCompleted));
        Assert.Equal(notes, activities[ActivityKind.NoteAdded]);
    }
}
