using Bunit;
using DealDesk.Core.Common;
using DealDesk.Core.Contacts;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Contacts.Components;
using Microsoft.Extensions.DependencyInjection;

namespace DealDesk.Tests.Web.Contacts;

/// <summary>A contact's notes history: newest first, a new note at the top at once, older ones on demand, the add box
/// only for those who may add notes.</summary>
public sealed class ContactNotesTests : MudComponentTest
{
    private static readonly DateTime Now = new(2027, 2, 10, 9, 0, 0, DateTimeKind.Utc);
    private readonly FakeContacts _contacts = new();
    private readonly Guid _contactId = Guid.CreateVersion7();

    public ContactNotesTests()
    {
        Services.AddSingleton<IContactNoteService>(_contacts);
        Services.AddSingleton<TimeProvider>(new FixedClock(Now));
        _contacts.Notes.AddRange(
        [
            new ContactNoteItem(Guid.CreateVersion7(), "Yesterday's call", "Riley Rep", Now.AddDays(-1)),
            new ContactNoteItem(Guid.CreateVersion7(), "Last week's email", "Morgan Moderator", Now.AddDays(-7)),
            new ContactNoteItem(Guid.CreateVersion7(), "The first meeting", null, Now.AddDays(-30)),
        ]);
    }

    [Fact]
    public void TheHistory_ShowsTheNewestNoteFirst_WithItsAuthor()
    {
        var notes = Render<ContactNotes>(p => p.Add(c => c.ContactId, _contactId).Add(c => c.CanAdd, true));

        Assert.Equal(["Yesterday's call", "Last week's email", "The first meeting"],
            notes.FindAll("[data-testid=contact-note-body]").Select(n => n.TextContent));
        Assert.Contains("Riley Rep", notes.FindAll("[data-testid=contact-note]")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("(3)", notes.Find("[data-testid=notes-count]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AddingANote_PutsItAtTheTop_AndEmptiesTheBox()
    {
        ContactNoteItem? added = null;
        var notes = Render<ContactNotes>(p => p.Add(c => c.ContactId, _contactId).Add(c => c.CanAdd, true)
            .Add(c => c.Added, note => added = note));

        notes.Find("[data-testid=contact-note-text]").Input("Booked the demo");
        notes.Find("[data-testid=contact-note-add]").Click();

        notes.WaitForAssertion(() => Assert.Equal(
            ["Booked the demo", "Yesterday's call", "Last week's email", "The first meeting"],
            notes.FindAll("[data-testid=contact-note-body]").Select(n => n.TextContent)));
        Assert.Equal("Booked the demo", added?.Text);
        Assert.Equal("", notes.Find("[data-testid=contact-note-text]").GetAttribute("value") ?? "");
        Assert.Contains("(4)", notes.Find("[data-testid=notes-count]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ARefusedNote_ShowsTheServicesMessage_AndAddsNothing()
    {
        _contacts.Refusal = Result.Invalid("Text", ContactMessages.NoteTooLong);
        var notes = Render<ContactNotes>(p => p.Add(c => c.ContactId, _contactId).Add(c => c.CanAdd, true));

        notes.Find("[data-testid=contact-note-text]").Input("Too much");
        notes.Find("[data-testid=contact-note-add]").Click();

        notes.WaitForAssertion(() => Assert.Contains(ContactMessages.NoteTooLong, notes.Markup, StringComparison.Ordinal));
        Assert.Equal(3, notes.FindAll("[data-testid=contact-note]").Count);
    }

    [Fact]
    public void WithoutThePermission_ThereIsNoAddBox()
    {
        var notes = Render<ContactNotes>(p => p.Add(c => c.ContactId, _contactId).Add(c => c.CanAdd, false));

        Assert.Empty(notes.FindAll("[data-testid=contact-note-text]"));
        Assert.Equal(3, notes.FindAll("[data-testid=contact-note]").Count);
    }

    [Fact]
    public void OlderNotes_LoadAfterTheFirstPage_InOrder()
    {
        _contacts.Notes.Clear();
        _contacts.Notes.AddRange(Enumerable.Range(0, ContactNotes.PageSize + 3)
            .Select(i => new ContactNoteItem(Guid.CreateVersion7(), $"Note {i}", "Riley Rep", Now.AddHours(-i))));
        var notes = Render<ContactNotes>(p => p.Add(c => c.ContactId, _contactId));
        Assert.Equal(ContactNotes.PageSize, notes.FindAll("[data-testid=contact-note]").Count);

        notes.Find("[data-testid=contact-notes-older]").Click();

        notes.WaitForAssertion(() => Assert.Equal(ContactNotes.PageSize + 3, notes.FindAll("[data-testid=contact-note]").Count));
        Assert.Equal(Enumerable.Range(0, ContactNotes.PageSize + 3).Select(i => $"Note {i}"),
            notes.FindAll("[data-testid=contact-note-body]").Select(n => n.TextContent));
        Assert.Empty(notes.FindAll("[data-testid=contact-notes-older]"));
    }

    /// <summary>Notes kept newest first in memory.</summary>
    private sealed class FakeContacts : IContactNoteService
    {
        public List<ContactNoteItem> Notes { get; } = [];

        public Result? Refusal { get; set; }

        public Task<ContactNotePage?> ListNotesAsync(Guid contactId, int skip, int take, CancellationToken cancellationToken = default) =>
            Task.FromResult<ContactNotePage?>(new ContactNotePage([.. Notes.Skip(skip).Take(take)], Notes.Count));

        public Task<Result<ContactNoteItem>> AddNoteAsync(Guid contactId, string text, CancellationToken cancellationToken = default)
        {
            if (Refusal is not null)
            {
                return Task.FromResult<Result<ContactNoteItem>>(Refusal);
            }

            var note = new ContactNoteItem(Guid.CreateVersion7(), text, "Morgan Moderator", Now);
            Notes.Insert(0, note);
            return Task.FromResult(Result<ContactNoteItem>.Ok(note));
        }
    }
}
