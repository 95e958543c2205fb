using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Notes;
using DealDesk.Core.Deals.Tasks;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Deals;

/// <summary>Tasks and notes on a deal: their timeline entries in the same transaction, the assignee's notification,
/// field-level validation, and nothing at all for users who cannot see the deal.</summary>
public sealed class DealTaskAndNoteServiceTests(DealWorkbench bench) : IClassFixture<DealWorkbench>
{
    [Fact]
    public async Task CreateTask_ForSomeoneElse_WritesTheTaskItsEntryAndTheirNotification_AndAnnouncesWork()
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();
        var adminId = await rep.UserIdOfAsync("admin@dealdesk.demo");
        bench.Clock.UtcNow = bench.Clock.UtcNow.AddMinutes(1);

        var result = await rep.Tasks.CreateAsync(dealId,
            new TaskDraft { Title = " Send the proposal ", DueOn = new DateOnly(2027, 1, 20), AssigneeId = adminId });

        Assert.True(result.Succeeded, string.Join("; ", result.AllMessages()));
        var entry = Assert.Single(await EntriesAsync(dealId, ActivityKind.TaskCreated));
        Assert.Equal(("Task created: Send the proposal (due 20 Jan 2027)", rep.UserId), (entry.Summary, entry.ActorId));
        var task = Assert.Single(await rep.Tasks.ListAsync(dealId) ?? []);
        Assert.Equal(("Send the proposal", adminId, true), (task.Title, task.AssigneeId!.Value, task.IsOpen));
        var admin = await bench.AsAsync("admin@dealdesk.demo");
        var notification = (await admin.Notifications.GetLatestAsync(50)).First(n => n.Link == $"/deals/{dealId}?tab=tasks");
        Assert.Contains("assigned you “Send the proposal”", notification.Message, StringComparison.Ordinal);
        Assert.False(notification.IsRead);
        Assert.Contains(adminId, bench.Notified.Published);
        Assert.Equal((dealId, DealChangeKind.Worked), (rep.Feed.Published[^1].DealId, rep.Feed.Published[^1].Kind));
    }

    [Fact]
    public async Task CreateTask_ForOneself_NotifiesNobody()
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();
        var before = await (await bench.AsAsync("rep@dealdesk.demo")).Notifications.CountUnreadAsync();

        Assert.True((await rep.Tasks.CreateAsync(dealId, new TaskDraft { Title = "Call", AssigneeId = rep.UserId })).Succeeded);

        Assert.Equal(before, await rep.Notifications.CountUnreadAsync());
    }

    [Theory]
    [InlineData("moderator@dealdesk.demo")] // Enterprise only: cannot see a Growth deal
    [InlineData("admin@globex.demo")] // another workspace
    public async Task CreateTask_ForSomeoneWhoCannotSeeTheDeal_IsRefusedOnTheAssignee_AndWritesNothing(string assignee)
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();

        var result = await rep.Tasks.CreateAsync(dealId,
            new TaskDraft { Title = "Call", AssigneeId = await rep.UserIdOfAsync(assignee) });

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Equal([TaskMessages.AssigneeCannotSeeDeal], result.FieldErrors[nameof(TaskDraft.AssigneeId)]);
        Assert.Empty(await rep.Tasks.ListAsync(dealId) ?? [null!]);
        Assert.Empty(await EntriesAsync(dealId, ActivityKind.TaskCreated));
    }

    [Theory]
    [InlineData("", "Title is required.")]
    [InlineData("long", "Title must be at most 300 characters.")]
    public async Task CreateTask_WithABadTitle_SaysWhatIsWrongUnderTheTitle(string title, string message)
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();

        var result = await rep.Tasks.CreateAsync(dealId,
            new TaskDraft { Title = title == "long" ? new string('x', DealTask.TitleMaxLength + 1) : title });

        Assert.Equal([message], result.FieldErrors[nameof(TaskDraft.Title)]);
    }

    [Fact]
    public async Task CompleteTask_WritesOneEntry_TwiceStillOne_AndReopenWritesItsOwn()
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();
        var taskId = (await rep.Tasks.CreateAsync(dealId, new TaskDraft { Title = "Book the demo" })).Value;
        bench.Clock.UtcNow = bench.Clock.UtcNow.AddMinutes(1);

        Assert.True((await rep.CompleteTaskAsync(taskId)).Succeeded);
        Assert.True((await rep.CompleteTaskAsync(taskId)).Succeeded);
        var done = Assert.Single(await rep.Tasks.ListAsync(dealId) ?? []);
        Assert.Equal(bench.Clock.UtcNow, done.CompletedAt);
        bench.Clock.UtcNow = bench.Clock.UtcNow.AddMinutes(1);
        Assert.True((await rep.ReopenTaskAsync(taskId)).Succeeded);

        Assert.Equal(
            [(ActivityKind.Created, "Created in New at $25,000"), (ActivityKind.TaskCreated, "Task created: Book the demo"),
                (ActivityKind.TaskCompleted, "Task completed: Book the demo"), (ActivityKind.TaskReopened, "Task reopened: Book the demo")],
            (await EntriesAsync(dealId)).Select(a => (a.Kind, a.Summary)));
        Assert.True((await rep.Tasks.ListAsync(dealId))![0].IsOpen);
    }

    [Fact]
    public async Task ListTasks_OpenFirstByDueDateUndatedLast_ThenDoneOnes()
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();
        async Task<Guid> Add(string title, DateOnly? due) =>
            (await rep.Tasks.CreateAsync(dealId, new TaskDraft { Title = title, DueOn = due })).Value;
        await Add("Undated", null);
        await Add("Later", new DateOnly(2027, 6, 1));
        var done = await Add("Done", new DateOnly(2026, 1, 1));
        await Add("Sooner", new DateOnly(2027, 2, 1));
        await rep.CompleteTaskAsync(done);

        Assert.Equal(["Sooner", "Later", "Undated", "Done"], (await rep.Tasks.ListAsync(dealId))!.Select(t => t.Title));
    }

    [Fact]
    public async Task NextStep_IsTheEarliestOpenTask_OnTheDealRowAndTheBoardCard()
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();
        Assert.Null((await rep.Queries.GetRowAsync(dealId))!.NextStepTitle);
        async Task<Guid> Add(string title, DateOnly? due) =>
            (await rep.Tasks.CreateAsync(dealId, new TaskDraft { Title = title, DueOn = due })).Value;
        await Add("Undated", null);
        await Add("Later", new DateOnly(2027, 6, 1));
        var done = await Add("Done already", new DateOnly(2027, 1, 1));
        await Add("Sooner", new DateOnly(2027, 2, 1));
        await rep.CompleteTaskAsync(done);

        var row = (await rep.Queries.GetRowAsync(dealId))!;
        var search = await rep.Queries.SearchAsync(new DealSearch { Text = row.Name });
        var column = (await rep.Board.GetColumnAsync(new BoardFilter { Text = row.Name }, row.StageId))!;

        Assert.Equal(("Sooner", new DateOnly(2027, 2, 1)), (row.NextStepTitle!, row.NextStepDue!.Value));
        Assert.Equal(("Sooner", new DateOnly(2027, 2, 1)), (search.Rows.Single().NextStepTitle!, search.Rows.Single().NextStepDue!.Value));
        Assert.Equal(new DateOnly(2027, 2, 1), column.Cards.Single().NextStepDue);
    }

    [Fact]
    public async Task AddNote_WritesTheNoteAndItsEntry_AndListsNewestFirstWithTheAuthor()
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();

        Assert.True((await rep.Notes.AddAsync(dealId, new NoteDraft { Text = "First call went well." })).Succeeded);
        bench.Clock.UtcNow = bench.Clock.UtcNow.AddMinutes(1);
        Assert.True((await rep.Notes.AddAsync(dealId, new NoteDraft { Text = "Budget confirmed." })).Succeeded);

        var notes = (await rep.Notes.ListAsync(dealId))!;
        Assert.Equal(["Budget confirmed.", "First call went well."], notes.Select(n => n.Text));
        Assert.All(notes, n => Assert.False(string.IsNullOrEmpty(n.AuthorName)));
        Assert.Equal(["Note: First call went well.", "Note: Budget confirmed."],
            (await EntriesAsync(dealId, ActivityKind.NoteAdded)).Select(a => a.Summary));
        Assert.Equal(DealChangeKind.Worked, rep.Feed.Published[^1].Kind);
    }

    [Theory]
    [InlineData("   ", "Write something first.")]
    [InlineData("long", "A note must be at most 4000 characters.")]
    public async Task AddNote_Invalid_SaysWhyUnderTheText_AndWritesNothing(string text, string message)
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();

        var result = await rep.Notes.AddAsync(dealId,
            new NoteDraft { Text = text == "long" ? new string('x', DealNote.TextMaxLength + 1) : text });

        Assert.Equal([message], result.FieldErrors[nameof(NoteDraft.Text)]);
        Assert.Empty((await rep.Notes.ListAsync(dealId))!);
        Assert.Empty(await EntriesAsync(dealId, ActivityKind.NoteAdded));
    }

    [Theory]
    [InlineData("moderator@dealdesk.demo")] // not in the deal's circle
    [InlineData("admin@globex.demo")] // another workspace
    public async Task UsersWhoCannotSeeTheDeal_GetNotFound_ForTasksNotesAndTimeline(string outsider)
    {
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var dealId = await rep.NewDealAsync();
        var taskId = (await rep.Tasks.CreateAsync(dealId, new TaskDraft { Title = "Private" })).Value;
        await rep.Notes.AddAsync(dealId, new NoteDraft { Text = "Private" });
        var other = await bench.AsAsync(outsider);

        Assert.Null(await other.Tasks.ListAsync(dealId));
        Assert.Empty(await other.Tasks.GetAssigneesAsync(dealId));
        Assert.Null(await other.Notes.ListAsync(dealId));
        Assert.Null(await other.Timeline.GetPageAsync(dealId, null, 0, 10));
        Assert.Equal(ResultStatus.NotFound, (await other.Tasks.CreateAsync(dealId, new TaskDraft { Title = "x" })).Status);
        Assert.Equal(ResultStatus.NotFound, (await other.CompleteTaskAsync(taskId)).Status);
        Assert.Equal(ResultStatus.NotFound, (await other.Notes.AddAsync(dealId, new NoteDraft { Text = "x" })).Status);
        Assert.True((await rep.Tasks.ListAsync(dealId))![0].IsOpen);
        Assert.Equal(3, (await EntriesAsync(dealId)).Count);
    }

    private async Task<List<Activity>> EntriesAsync(Guid dealId, ActivityKind? kind = null)
    {
        await using var db = bench.Sqlite.For(TenantScope.None);
        return await db.Activities.IgnoreQueryFilters()
            .Where(a => a.DealId == dealId && (kind == null || a.Kind == kind))
            .OrderBy(a => a.OccurredAt).ThenBy(a => a.Kind).ToListAsync();
    }
}
