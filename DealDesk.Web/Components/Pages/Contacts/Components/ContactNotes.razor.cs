using DealDesk.Core.Contacts;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace DealDesk.Web.Components.Pages.Contacts.Components;

/// <summary>A contact's notes history, newest first, a page at a time, with the box to add one at the top; a note just
/// added shows first at once.</summary>
public sealed partial class ContactNotes
{
    /// <summary>Notes read per page.</summary>
    public const int PageSize = 20;

    private List<ContactNoteItem>? _notes;
    private int _total;
    private string? _text;
    private string? _error;
    private readonly DialogSave _save = new();
    private bool _loading;

    [Inject]
    private IContactNoteService NoteService { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    /// <summary>The contact whose notes these are.</summary>
    [Parameter, EditorRequired]
    public Guid ContactId { get; set; }

    /// <summary>Whether the user may add notes (the circle lets them).</summary>
    [Parameter]
    public bool CanAdd { get; set; }

    /// <summary>Raised after a note was added, with it.</summary>
    [Parameter]
    public EventCallback<ContactNoteItem> Added { get; set; }

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override async Task OnParametersSetAsync()
    {
        if (_notes is null)
        {
            var page = await NoteService.ListNotesAsync(ContactId, 0, PageSize);
            _notes = [.. page?.Notes ?? []];
            _total = page?.TotalCount ?? 0;
        }
    }

    private async Task LoadOlderAsync()
    {
        _loading = true;
        try
        {
            // Counted from the newest note: the notes shown (those added here included) are exactly the ones to skip.
            var page = await NoteService.ListNotesAsync(ContactId, _notes!.Count, PageSize);
            if (page is not null)
            {
                var known = _notes.Select(n => n.Id).ToHashSet();
                _notes.AddRange(page.Notes.Where(n => !known.Contains(n.Id)));
                _total = page.TotalCount;
            }
        }
        finally
        {
            _loading = false;
        }
    }

    private async Task AddAsync()
    {
        _error = null;
        var result = await _save.RunAsync(() => NoteService.AddNoteAsync(ContactId, _text ?? ""));
        if (!result.Succeeded)
        {
            _error = string.Join(" ", result.AllMessages());
            return;
        }

        _text = null;
        _notes!.Insert(0, result.Value!);
        _total++;
        await Added.InvokeAsync(result.Value!);
    }
}
