using DealDesk.Core.Common;
using DealDesk.Core.Deals.Tasks;
using DealDesk.Core.Notifications;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Deals.Tasks;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Data.Notifications;

/// <summary>Seed 002 and the SPEC's notifications: the owner of a deal hears when someone else creates it for them,
/// moves it or hands it to them, and an assignee hears once that a task is due. Only that person, never the one who
/// acted, and in the same transaction as the write.</summary>
public sealed class OwnerNotificationTests(DealWorkbench bench) : IClassFixture<DealWorkbench>
{
    private const string Rep = "rep@dealdesk.demo";
    private const string Moderator = "moderator@dealdesk.demo";
    private const string Admin = "admin@dealdesk.demo";

    [Fact]
    public async Task DealCreatedForSomeoneElse_NotifiesTheOwner_AndNobodyElse()
    {
        var (rep, moderator, admin) = await UsersAsync();
        var before = await UnreadAsync(rep, moderator, admin);
        var draft = await admin.DraftAsync("Enterprise Team");
        draft.OwnerId = rep.UserId;

        var created = await admin.Deals.CreateAsync(draft);

        Assert.True(created.Succeeded, string.Join("; ", created.AllMessages()));
        Assert.Equal(before.Add(1, 0, 0), await UnreadAsync(rep, moderator, admin));
        var notice = Assert.Single(await NoticesAsync(rep, $"/deals/{created.Value}"));
        Assert.Contains($"created “{draft.Name}” for you", notice.Message, StringComparison.Ordinal);
        Assert.Equal(rep.UserId, bench.Notified.Published[^1]);
    }

    [Fact]
    public async Task DealCreatedForOneself_NotifiesNobody()
    {
        var (rep, moderator, admin) = await UsersAsync();
        var before = await UnreadAsync(rep, moderator, admin);
        var published = bench.Notified.Published.Count;

        await rep.NewDealAsync();

        Assert.Equal(before, await UnreadAsync(rep, moderator, admin));
        Assert.Equal(published, bench.Notified.Published.Count);
    }

    [Fact]
    public async Task DealMovedOnTheBoardBySomeoneElse_NotifiesTheOwner_AndTheOwnersOwnMoveNobody()
    {
        var (rep, moderator, admin) = await UsersAsync();
        var dealId = await rep.NewDealAsync("Enterprise Team");
        var (qualified, proposal) = await TwoLaterOpenStagesAsync(rep);

        var before = await UnreadAsync(rep, moderator, admin);
        Assert.True((await moderator.MoveDealAsync(dealId, qualified.Id)).Succeeded);
        Assert.Equal(before.Add(1, 0, 0), await UnreadAsync(rep, moderator, admin));
        var notice = Assert.Single(await NoticesAsync(rep, $"/deals/{dealId}"));
        Assert.EndsWith($"to {qualified.Name}", notice.Message, StringComparison.Ordinal);

        Assert.True((await rep.MoveDealAsync(dealId, proposal.Id)).Succeeded);
        Assert.Equal(before.Add(1, 0, 0), await UnreadAsync(rep, moderator, admin));
    }

    [Fact]
    public async Task DealStageChangedInTheEditFormBySomeoneElse_NotifiesTheOwner()
    {
        var (rep, moderator, admin) = await UsersAsync();
        var dealId = await rep.NewDealAsync("Enterprise Team");
        var (qualified, _) = await TwoLaterOpenStagesAsync(rep);
        var before = await UnreadAsync(rep, moderator, admin);
        var draft = (await admin.Deals.GetDraftAsync(dealId))!;
        draft.StageId = qualified.Id;

        Assert.True((await admin.Deals.UpdateAsync(dealId, draft)).Succeeded);

        Assert.Equal(before.Add(1, 0, 0), await UnreadAsync(rep, moderator, admin));
        Assert.EndsWith($"to {qualified.Name}", Assert.Single(await NoticesAsync(rep, $"/deals/{dealId}")).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task DealEditedBySomeoneElse_WithoutAMoveOrNewOwner_NotifiesNobody()
    {
        var (rep, moderator, admin) = await UsersAsync();
        var dealId = await rep.NewDealAsync("Enterprise Team");
        var before = await UnreadAsync(rep, moderator, admin);
        var draft = (await admin.Deals.GetDraftAsync(dealId))!;
        draft.Value += 1_000m;

        Assert.True((await admin.Deals.UpdateAsync(dealId, draft)).Succeeded);

        Assert.Equal(before, await UnreadAsync(rep, moderator, admin));
    }

    [Fact]
    public async Task OwnerChangedBySomeoneElse_NotifiesTheNewOwnerOnly()
    {
        var (rep, moderator, admin) = await UsersAsync();
        var dealId = await rep.NewDealAsync("Enterprise Team");
        var (qualified, _) = await TwoLaterOpenStagesAsync(rep);
        var before = await UnreadAsync(rep, moderator, admin);
        var draft = (await admin.Deals.GetDraftAsync(dealId))!;
        draft.OwnerId = moderator.UserId;
        draft.StageId = qualified.Id;

        Assert.True((await admin.Deals.UpdateAsync(dealId, draft)).Succeeded);

        // One notice for the one person concerned, even though the edit also moved the deal.
        Assert.Equal(before.Add(0, 1, 0), await UnreadAsync(rep, moderator, admin));
        var notice = Assert.Single(await NoticesAsync(moderator, $"/deals/{dealId}"));
        Assert.Contains("made you the owner of", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnerTakingTheDealThemselves_NotifiesNobody()
    {
        var (rep, moderator, admin) = await UsersAsync();
        var dealId = await rep.NewDealAsync("Enterprise Team");
        var before = await UnreadAsync(rep, moderator, admin);
        var draft = (await moderator.Deals.GetDraftAsync(dealId))!;
        draft.OwnerId = moderator.UserId;

        Assert.True((await moderator.Deals.UpdateAsync(dealId, draft)).Succeeded);

        Assert.Equal(before, await UnreadAsync(rep, moderator, admin));
    }

    [Fact]
    public async Task MoveThatLosesARace_LeavesNoNotification()
    {
        var (rep, moderator, admin) = await UsersAsync();
        var dealId = await rep.NewDealAsync("Enterprise Team");
        var (qualified, proposal) = await TwoLaterOpenStagesAsync(rep);
        var seen = (await rep.Deals.GetDraftAsync(dealId))!.Version!;
        Assert.True((await rep.Deals.MoveAsync(dealId, qualified.Id, null, seen)).Succeeded);
        var before = await UnreadAsync(rep, moderator, admin);

        var stale = await moderator.Deals.MoveAsync(dealId, proposal.Id, null, seen);

        Assert.Equal(ResultStatus.Conflict, stale.Status);
        Assert.Equal(before, await UnreadAsync(rep, moderator, admin));
    }

    [Fact]
    public async Task TaskDue_NotifiesItsAssigneeOnce_AcrossRunsAndRestarts()
    {
        var (rep, moderator, admin) = await UsersAsync();
        var today = DateOnly.FromDateTime(bench.Clock.UtcNow);
        var dealId = await rep.NewDealAsync("Enterprise Team");
        var taskId = (await rep.Tasks.CreateAsync(dealId,
            new TaskDraft { Title = "Send the proposal", DueOn = today, AssigneeId = moderator.UserId })).Value;
        var link = OwnerNotices.TaskDueLink(dealId, taskId, today);

        var first = await NewJob().NotifyDueAsync();
        var again = await NewJob().NotifyDueAsync();

        Assert.True(first >= 1);
        Assert.Equal(0, again);
        Assert.Single(await NoticesAsync(moderator, link));
        Assert.Empty(await NoticesAsync(rep, link));
        Assert.Empty(await NoticesAsync(admin, link));
        var notice = (await NoticesAsync(moderator, link)).Single();
        Assert.Equal("“Send the proposal” on " + await DealNameAsync(rep, dealId) + " is due today", notice.Message);
    }

    [Fact]
    public async Task TaskWithoutAssignee_NotifiesTheDealsOwner_WhenItFallsDue_AndNotBefore()
    {
        var (rep, moderator, _) = await UsersAsync();
        var today = DateOnly.FromDateTime(bench.Clock.UtcNow);
        var dealId = await rep.NewDealAsync("Enterprise Team");
        var taskId = (await moderator.Tasks.CreateAsync(dealId,
            new TaskDraft { Title = "Call the CFO", DueOn = today.AddDays(1) })).Value;
        var link = OwnerNotices.TaskDueLink(dealId, taskId, today.AddDays(1));

        await NewJob().NotifyDueAsync();
        Assert.Empty(await NoticesAsync(rep, link));

        var clock = new FixedClock(bench.Clock.UtcNow.AddDays(1));
        await NewJob(clock).NotifyDueAsync();
        await NewJob(clock).NotifyDueAsync();

        Assert.Single(await NoticesAsync(rep, link));
        Assert.Empty(await NoticesAsync(moderator, link));
    }

    [Fact]
    public async Task DoneTasks_AndTasksOverdueBeforeTheCatchUpWindow_NotifyNobody()
    {
        var (rep, moderator, _) = await UsersAsync();
        var today = DateOnly.FromDateTime(bench.Clock.UtcNow);
        var dealId = await rep.NewDealAsync("Enterprise Team");
        var done = (await rep.Tasks.CreateAsync(dealId,
            new TaskDraft { Title = "Done already", DueOn = today, AssigneeId = moderator.UserId })).Value;
        await rep.CompleteTaskAsync(done);
        var old = (await rep.Tasks.CreateAsync(dealId,
            new TaskDraft { Title = "Long overdue", DueOn = today.AddDays(-10), AssigneeId = moderator.UserId })).Value;

        await NewJob().NotifyDueAsync(catchUpDays: 2);

        Assert.Empty(await NoticesAsync(moderator, OwnerNotices.TaskDueLink(dealId, done, today)));
        Assert.Empty(await NoticesAsync(moderator, OwnerNotices.TaskDueLink(dealId, old, today.AddDays(-10))));
    }

    [Fact]
    public async Task TaskDue_RingsTheRecipientsBell()
    {
        var rep = await bench.AsAsync(Rep);
        var today = DateOnly.FromDateTime(bench.Clock.UtcNow);
        var dealId = await rep.NewDealAsync("Enterprise Team");
        await rep.Tasks.CreateAsync(dealId, new TaskDraft { Title = "Book the demo", DueOn = today });
        var feed = new RecordingNotificationFeed();

        await new TaskDueJob(bench.Sqlite.Database, bench.Clock, feed, NullLogger<TaskDueJob>.Instance).NotifyDueAsync();

        Assert.Contains(rep.UserId, feed.Published);
    }

    private TaskDueJob NewJob(TimeProvider? clock = null) =>
        new(bench.Sqlite.Database, clock ?? bench.Clock, bench.Notified, NullLogger<TaskDueJob>.Instance);

    private async Task<(DealWorkbench.Act Rep, DealWorkbench.Act Moderator, DealWorkbench.Act Admin)> UsersAsync() =>
        (await bench.AsAsync(Rep), await bench.AsAsync(Moderator), await bench.AsAsync(Admin));

    private static async Task<Unread> UnreadAsync(DealWorkbench.Act rep, DealWorkbench.Act moderator,
        DealWorkbench.Act admin) =>
        new(await rep.Notifications.CountUnreadAsync(), await moderator.Notifications.CountUnreadAsync(),
            await admin.Notifications.CountUnreadAsync());

    /// <summary>The user's notifications with <paramref name="link"/>, read past the bell's latest fifty: the job also
    /// announces the demo data's tasks.</summary>
    private async Task<List<Notification>> NoticesAsync(DealWorkbench.Act user, string link)
    {
        await using var db = bench.Sqlite.For(user.Scope);
        return await db.Notifications.Where(n => n.RecipientId == user.UserId && n.Link == link).ToListAsync();
    }

    private async Task<(PipelineStage Second, PipelineStage Third)> TwoLaterOpenStagesAsync(DealWorkbench.Act user)
    {
        await using var db = bench.Sqlite.For(user.Scope);
        var open = await db.PipelineStages.Where(s => s.Kind == StageKind.Open).OrderBy(s => s.Order).ToListAsync();
        return (open[1], open[2]);
    }

    private async Task<string> DealNameAsync(DealWorkbench.Act user, Guid dealId)
    {
        await using var db = bench.Sqlite.For(user.Scope);
        return await db.Deals.Where(d => d.Id == dealId).Select(d => d.Name).SingleAsync();
    }

    private sealed record Unread(int Rep, int Moderator, int Admin)
    {
        public Unread Add(int rep, int moderator, int admin) => new(Rep + rep, Moderator + moderator, Admin + admin);
    }
}
