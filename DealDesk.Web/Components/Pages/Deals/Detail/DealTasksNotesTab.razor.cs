using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Notes;
using DealDesk.Core.Deals.Tasks;
using Microsoft.AspNetCore.Components;

namespace DealDesk.Web.Components.Pages.Deals.Detail;

/// <summary>The deal's tasks (add, complete in one click, reopen) and notes (add, newest first); reloads when
/// anything on the deal changes, here or in another page.</summary>
public sealed partial class DealTasksNotesTab
{
    private IReadOnlyList<TaskItem>? _tasks;
    private IReadOnlyList<NoteItem>? _notes;
    private IReadOnlyList<NamedOption> _assignees = [];
    private string? _message;
    private Guid? _loadedId;

    [Inject]
    private IDealTaskService Tasks { get; set; } = null!;

    [Inject]
    private IDealNoteService Notes { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);

    protected override async Task OnDealChangedAsync()
    {
        await ReloadAsync();
        StateHasChanged();
    }

    // The page re-renders its tabs on every change of the deal; this tab reloads through its own subscription.
    protected override async Task OnParametersSetAsync()
    {
        if (_loadedId == DealId)
        {
            return;
        }

        _loadedId = DealId;
        _assignees = await Tasks.GetAssigneesAsync(DealId);
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _tasks = await Tasks.ListAsync(DealId) ?? [];
        _notes = await Notes.ListAsync(DealId) ?? [];
    }

    private async Task ToggleAsync((TaskItem Task, bool Done) change)
    {
        // The version the list showed: a task someone else changed meanwhile is not overwritten, and the reload below
        // shows their change next to the message.
        var result = change.Done
            ? await Tasks.CompleteAsync(change.Task.Id, change.Task.Version)
            : await Tasks.ReopenAsync(change.Task.Id, change.Task.Version);
        _message = result.Succeeded ? null : result.Message;
        await ReloadAsync();
    }
}
