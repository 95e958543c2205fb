using Bunit;
using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Notes;
using DealDesk.Core.Deals.Tasks;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Deals.Detail;
using DealDesk.Web.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DealDesk.Tests.Web.Deals;

/// <summary>The tasks and notes tab: overdue tasks flagged, done ones struck through, one click completes a task,
/// notes newest first with their author.</summary>
public sealed class DealTasksNotesTabTests : MudComponentTest
{
    private static readonly DateTime Now = new(2027, 2, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid DealId = Guid.CreateVersion7();
    private readonly FakeTasks _tasks = new();
    private readonly FakeNotes _notes = new();

    public DealTasksNotesTabTests()
    {
        Services.AddSingleton<IDealTaskService>(_tasks);
        Services.AddSingleton<IDealNoteService>(_notes);
        Services.AddSingleton<IDealChangeFeed>(new RecordingChangeFeed());
        Services.AddSingleton(new CurrentUser());
        Services.AddSingleton<TimeProvider>(new FixedClock(Now));
        Services.AddChangeViewer();
        _tasks.Items.AddRange(
        [
            new TaskItem(Guid.CreateVersion7(), "Send the proposal", new DateOnly(2027, 2, 9), null, "Dana Rep", Now, null, []),
            new TaskItem(Guid.CreateVersion7(), "Book the demo", new DateOnly(2027, 2, 10), null, null, Now, null, []),
            new TaskItem(Guid.CreateVersion7(), "Intro call", new DateOnly(2027, 1, 5), null, null, Now, Now.AddDays(-30), []),
        ]);
        _notes.Items.AddRange(
        [
            new NoteItem(Guid.CreateVersion7(), "Budget confirmed.", "Dana Rep", Now.AddMinutes(-5)),
            new NoteItem(Guid.CreateVersion7(), "First call.", "Ari Admin", Now.AddDays(-3)),
        ]);
    }

    [Fact]
    public void OnlyOpenTasksDueBeforeToday_AreFlaggedOverdue_AndDoneOnesAreStruckThrough()
    {
        var tab = RenderTab();

        var rows = tab.FindAll("[data-testid=task]");
        Assert.Equal(3, rows.Count);
        Assert.Single(rows[0].QuerySelectorAll("[data-testid=task-overdue]"));
        Assert.Contains("Overdue", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Empty(rows[1].QuerySelectorAll("[data-testid=task-overdue]"));
        Assert.Empty(rows[2].QuerySelectorAll("[data-testid=task-overdue]"));
        Assert.Contains("line-through", rows[2].QuerySelector("[data-testid=task-title-text]")!.GetAttribute("style"),
            StringComparison.Ordinal);
        Assert.DoesNotContain("line-through", rows[0].QuerySelector("[data-testid=task-title-text]")!.GetAttribute("style") ?? "",
            StringComparison.Ordinal);
    }

    [Fact]
    public void TickingAnOpenTask_CompletesItWithOneClick_AndShowsItDone()
    {
        var tab = RenderTab();
        var target = _tasks.Items[1];

        tab.FindAll("[data-testid=task]")[1].QuerySelector("input[type=checkbox]")!.Change(true);

        tab.WaitForAssertion(() => Assert.Equal([target.Id], _tasks.Completed));
        tab.WaitForAssertion(() =>
            Assert.Equal("no", tab.FindAll("[data-testid=task]").Single(r => r.TextContent.Contains("Book the demo",
                StringComparison.Ordinal)).GetAttribute("data-open")));
    }

    [Fact]
    public void Notes_AreListedNewestFirst_WithTheirAuthors()
    {
        var tab = RenderTab();

        var notes = tab.FindAll("[data-testid=note]");
        Assert.Equal(["Budget confirmed.", "First call."],
            notes.Select(n => n.QuerySelector("[data-testid=note-body]")!.TextContent.Trim()));
        Assert.Contains("Dana Rep", notes[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("5 min ago", notes[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AddingATaskWithoutATitle_ShowsTheRule_AndCallsNoService()
    {
        var tab = RenderTab();

        tab.Find("[data-testid=task-add]").Click();

        tab.WaitForAssertion(() => Assert.Contains("Title is required.", tab.Markup, StringComparison.Ordinal));
        Assert.Empty(_tasks.Created);
    }

    [Fact]
    public async Task AfterATaskIsAdded_TheEmptiedFormIsNotShownAsInvalid()
    {
        var tab = RenderTab();

        await tab.InvokeAsync(() => tab.Find("[data-testid=task-title]").Input("Send the contract"));
        await tab.InvokeAsync(() => tab.Find("[data-testid=task-add]").Click());

        tab.WaitForAssertion(() => Assert.Single(_tasks.Created));
        tab.WaitForAssertion(() => Assert.Equal("", tab.Find("[data-testid=task-title]").GetAttribute("value") ?? ""));
        Assert.Empty(tab.Find("[data-testid=task-form]").QuerySelectorAll(".mud-input-error"));
        Assert.DoesNotContain("Title is required.", tab.Markup, StringComparison.Ordinal);
        Assert.Equal("Send the contract", _tasks.Created[0].Title);
    }

    [Fact]
    public async Task AfterANoteIsAdded_TheEmptiedBoxIsNotShownAsInvalid()
    {
        var tab = RenderTab();

        await tab.InvokeAsync(() => tab.Find("[data-testid=note-text]").Input("Legal has the draft."));
        await tab.InvokeAsync(() => tab.Find("[data-testid=note-add]").Click());

        tab.WaitForAssertion(() => Assert.Single(_notes.Added));
        tab.WaitForAssertion(() => Assert.Equal("", tab.Find("[data-testid=note-text]").TextContent));
        Assert.Empty(tab.Find("[data-testid=note-form]").QuerySelectorAll(".mud-input-error"));
        Assert.DoesNotContain("is required", tab.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingANoteWithoutText_ShowsTheRule()
    {
        var tab = RenderTab();

        await tab.InvokeAsync(() => tab.Find("[data-testid=note-add]").Click());

        tab.WaitForAssertion(() => Assert.NotEmpty(tab.Find("[data-testid=note-form]").QuerySelectorAll(".mud-input-error")));
        Assert.Empty(_notes.Added);
    }

    private IRenderedComponent<DealTasksNotesTab> RenderTab()
    {
        Render<MudPopoverProvider>();
        return Render<DealTasksNotesTab>(p => p.Add(t => t.DealId, DealId));
    }

    private sealed class FakeTasks : IDealTaskService
    {
        public List<TaskItem> Items { get; } = [];

        public List<Guid> Completed { get; } = [];

        public List<TaskDraft> Created { get; } = [];

        public Task<IReadOnlyList<TaskItem>?> ListAsync(Guid dealId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<TaskItem>?>(Items.OrderBy(t => !t.IsOpen).ToList());

        public Task<IReadOnlyList<NamedOption>> GetAssigneesAsync(Guid dealId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<NamedOption>>([new NamedOption(Guid.CreateVersion7(), "Dana Rep")]);

        public Task<Result<Guid>> CreateAsync(Guid dealId, TaskDraft draft, CancellationToken cancellationToken = default)
        {
            Created.Add(draft);
            return Task.FromResult(Result<Guid>.Ok(Guid.CreateVersion7()));
        }

        public Task<Result> CompleteAsync(Guid taskId, byte[] version,
            CancellationToken cancellationToken = default)
        {
            Completed.Add(taskId);
            var index = Items.FindIndex(t => t.Id == taskId);
            Items[index] = Items[index] with { CompletedAt = Now };
            return Task.FromResult(Result.Ok());
        }

        public Task<Result> ReopenAsync(Guid taskId, byte[] version,
            CancellationToken cancellationToken = default) =>
            Task.FromResult(Result.Ok());
    }

    private sealed class FakeNotes : IDealNoteService
    {
        public List<NoteItem> Items { get; } = [];

        public Task<IReadOnlyList<NoteItem>?> ListAsync(Guid dealId, int take = 50, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<NoteItem>?>(Items);

        public List<NoteDraft> Added { get; } = [];

        public Task<Result<Guid>> AddAsync(Guid dealId, NoteDraft draft, CancellationToken cancellationToken = default)
        {
            Added.Add(draft);
            return Task.FromResult(Result<Guid>.Ok(Guid.CreateVersion7()));
        }
    }
}
