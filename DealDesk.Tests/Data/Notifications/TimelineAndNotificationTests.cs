using DealDesk.Core.Deals.Notes;
using DealDesk.Core.Deals.Tasks;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Notifications;

/// <summary>Reading the timeline (newest first, by kind, a page at a time, with who did it) and the notification
/// bell's service (only ever the recipient's own).</summary>
public sealed class TimelineAndNotificationTests(DealWorkbench bench) : IClassFixture<DealWorkbench>
{
    [Fact]
    public async Task Timeline_IsNewestFirst_Paged_WithTheActorsName_AndATotal()
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();
        for (var i = 1; i <= 5; i++)
        {
            bench.Clock.UtcNow = bench.Clock.UtcNow.AddMinutes(1);
            await rep.Notes.AddAsync(dealId, new NoteDraft { Text = $"Note {i}" });
        }

        var first = (await rep.Timeline.GetPageAsync(dealId, null, 0, 4))!;
        var second = (await rep.Timeline.GetPageAsync(dealId, null, 4, 4))!;

        Assert.Equal(6, first.Total);
        Assert.Equal(["Note: Note 5", "Note: Note 4", "Note: Note 3", "Note: Note 2"], first.Entries.Select(e => e.Summary));
        Assert.Equal(["Note: Note 1", "Created in New at $25,000"], second.Entries.Select(e => e.Summary));
        var repName = await NameOfAsync(rep.UserId);
        Assert.All(first.Entries.Concat(second.Entries), e => Assert.Equal(repName, e.ActorName));
        Assert.True(first.Entries.Zip(first.Entries.Skip(1)).All(p => p.First.OccurredAt >= p.Second.OccurredAt));
    }

    [Fact]
    public async Task Timeline_FilteredByKinds_CountsAndListsOnlyThoseKinds()
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();
        await rep.Notes.AddAsync(dealId, new NoteDraft { Text = "A note" });
        var taskId = (await rep.Tasks.CreateAsync(dealId, new TaskDraft { Title = "A task" })).Value;
        bench.Clock.UtcNow = bench.Clock.UtcNow.AddMinutes(1);
        await rep.CompleteTaskAsync(taskId);

        var tasks = (await rep.Timeline.GetPageAsync(dealId, [ActivityKind.TaskCreated, ActivityKind.TaskCompleted], 0, 10))!;
        var all = (await rep.Timeline.GetPageAsync(dealId, [], 0, 10))!;

        Assert.Equal(2, tasks.Total);
        Assert.Equal([ActivityKind.TaskCompleted, ActivityKind.TaskCreated], tasks.Entries.Select(e => e.Kind));
        Assert.Equal(4, all.Total);
    }

    [Fact]
    public async Task Timeline_OfADealNobodyCanSee_IsNull()
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");

        Assert.Null(await rep.Timeline.GetPageAsync(Guid.CreateVersion7(), null, 0, 10));
    }

    [Fact]
    public async Task Notifications_AreOnlyEverTheRecipients_AndMarkingReadCountsDown()
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var admin = await bench.AsAsync("admin@dealdesk.demo");
        var globex = await bench.AsAsync("admin@globex.demo");
        await admin.Notifications.MarkAllReadAsync();
        var dealId = await rep.NewDealAsync();
        foreach (var title in new[] { "One", "Two" })
        {
            bench.Clock.UtcNow = bench.Clock.UtcNow.AddMinutes(1);
            await rep.Tasks.CreateAsync(dealId, new TaskDraft { Title = title, AssigneeId = admin.UserId });
        }

        Assert.Equal(2, await admin.Notifications.CountUnreadAsync());
        var latest = await admin.Notifications.GetLatestAsync(2);
        Assert.Equal(2, latest.Count);
        Assert.Contains("“Two”", latest[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(await rep.Notifications.GetLatestAsync(50), n => latest.Any(l => l.Id == n.Id));
        Assert.Empty(await globex.Notifications.GetLatestAsync(50));

        Assert.False(await rep.Notifications.MarkReadAsync(latest[0].Id));
        Assert.False(await globex.Notifications.MarkReadAsync(latest[0].Id));
        Assert.Equal(0, await globex.Notifications.MarkAllReadAsync());
        Assert.Equal(2, await admin.Notifications.CountUnreadAsync());

        Assert.True(await admin.Notifications.MarkReadAsync(latest[0].Id));
        Assert.Equal(1, await admin.Notifications.CountUnreadAsync());
        Assert.Equal(1, await admin.Notifications.MarkAllReadAsync());
        Assert.Equal(0, await admin.Notifications.CountUnreadAsync());
        Assert.All(await admin.Notifications.GetLatestAsync(2), n => Assert.True(n.IsRead));
    }

    private async Task<string> NameOfAsync(Guid userId)
    {
        await using var db = bench.Sqlite.For(TenantScope.None);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync();
    }
}
