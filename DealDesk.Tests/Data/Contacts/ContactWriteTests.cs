using DealDesk.Core.Common;
using DealDesk.Core.Contacts;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Contacts;

/// <summary>Contact writes on real SQLite: one email per circle ignoring case (the check and the unique index),
/// last contact refreshed by every update and note, notes written in one transaction, and stale edits refused.</summary>
public sealed class ContactWriteTests(ContactBench bench) : IClassFixture<ContactBench>
{
    [Fact]
    public async Task Create_RefusesAnEmailTakenInTheCircle_IgnoringCase_OnTheEmailField()
    {
        var circle = await bench.CircleIdAsync(ContactBench.Enterprise);
        var email = $"Dup.{Guid.NewGuid():N}@Example.com";
        var moderator = await bench.AsAsync("moderator@dealdesk.demo");
        Assert.True((await moderator.CreateAsync(circle, Draft("First Holder", email))).Succeeded);

        var second = await moderator.CreateAsync(circle, Draft("Second", "  " + email.ToUpperInvariant() + " "));

        Assert.Equal(ResultStatus.Invalid, second.Status);
        Assert.Equal([ContactMessages.EmailTaken("First Holder")], second.FieldErrors[nameof(ContactDraft.Email)]);
    }

    [Fact]
    public async Task Create_AllowsTheSameEmailInAnotherCircle()
    {
        var email = $"shared.{Guid.NewGuid():N}@example.com";
        var admin = await bench.AsAsync("admin@dealdesk.demo");

        var inEnterprise = await admin.CreateAsync(await bench.CircleIdAsync(ContactBench.Enterprise), Draft("One", email));
        var inGrowth = await admin.CreateAsync(await bench.CircleIdAsync(ContactBench.Growth), Draft("Two", email.ToUpperInvariant()));

        Assert.True(inEnterprise.Succeeded);
        Assert.True(inGrowth.Succeeded);
    }

    [Fact]
    public async Task Create_LosingTheRaceForTheEmailToTheUniqueIndex_GivesTheSameFieldMessage_NotAnException()
    {
        var circle = await bench.CircleIdAsync(ContactBench.Enterprise);
        var email = $"race.{Guid.NewGuid():N}@example.com";
        var scope = await bench.ScopeOfAsync("moderator@dealdesk.demo");
        // Another save takes the email after the service checked it and before it writes.
        var racing = new RacingContextFactory(bench.Sqlite.Database, scope, () =>
            bench.AddContactAsync(circle, "Quicker Colleague", email.ToUpperInvariant()).GetAwaiter().GetResult());
        var service = bench.Service(scope, contexts: racing);

        var result = await service.CreateAsync(circle, Draft("Slower", email));

        Assert.True(racing.Raced);
        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Equal([ContactMessages.EmailTaken("Quicker Colleague")], result.FieldErrors[nameof(ContactDraft.Email)]);
    }

    [Theory]
    [InlineData("not-an-email", nameof(ContactDraft.Email))]
    [InlineData("", nameof(ContactDraft.Email))]
    public async Task Create_WithAnInvalidDraft_WritesNothing_AndNamesTheField(string email, string field)
    {
        var circle = await bench.NewCircleAsync("moderator@dealdesk.demo", DealDesk.Core.Circles.CircleRole.Moderator);
        var moderator = await bench.AsAsync("moderator@dealdesk.demo");

        var result = await moderator.CreateAsync(circle, Draft(new string('n', Contact.NameMaxLength + 1), email));

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.True(result.FieldErrors.ContainsKey(field));
        Assert.True(result.FieldErrors.ContainsKey(nameof(ContactDraft.Name)));
        Assert.Equal(0, (await moderator.SearchAsync(new ContactSearch { CircleId = circle })).TotalCount);
    }

    [Fact]
    public async Task Update_SavesTheFields_AndRefreshesLastContact()
    {
        var circle = await bench.CircleIdAsync(ContactBench.Enterprise);
        var contact = await bench.AddContactAsync(circle, "Before", lastContactAt: bench.Clock.UtcNow.AddDays(-30));
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var draft = Draft("After Name", $"after.{Guid.NewGuid():N}@example.com");
        draft.Status = ContactStatus.Customer;
        draft.Version = contact.Version;

        var result = await rep.UpdateAsync(contact.Id, draft);

        Assert.True(result.Succeeded, string.Join("; ", result.AllMessages()));
        var stored = (await bench.StoredAsync(contact.Id))!;
        Assert.Equal("After Name", stored.Name);
        Assert.Equal(ContactStatus.Customer, stored.Status);
        Assert.Equal(bench.Clock.UtcNow, stored.LastContactAt);
    }

    [Fact]
    public async Task Update_WithAStaleVersion_IsAConflict_AndOverwritesNothing()
    {
        var circle = await bench.CircleIdAsync(ContactBench.Enterprise);
        var contact = await bench.AddContactAsync(circle, "Original");
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        var moderator = await bench.AsAsync("moderator@dealdesk.demo");
        Assert.True((await moderator.UpdateAsync(contact.Id, Draft("Moderator's edit", contact.Email, contact.Version))).Succeeded);

        var stale = await rep.UpdateAsync(contact.Id, Draft("Rep's edit", contact.Email, contact.Version));
        var staleMove = await rep.MoveAsync(contact.Id, FunnelStage.Blocked, contact.Version);

        Assert.Equal(ResultStatus.Conflict, stale.Status);
        Assert.Equal(ContactMessages.Conflict, stale.Message);
        Assert.Equal(ResultStatus.Conflict, staleMove.Status);
        var stored = (await bench.StoredAsync(contact.Id))!;
        Assert.Equal("Moderator's edit", stored.Name);
        Assert.Equal(FunnelStage.NeedsOutreach, stored.FunnelStage);
    }

    [Fact]
    public async Task Update_RacingAnotherSaveAfterItsCheck_IsAConflict()
    {
        var circle = await bench.CircleIdAsync(ContactBench.Enterprise);
        var contact = await bench.AddContactAsync(circle, "Raced");
        var scope = await bench.ScopeOfAsync("rep@dealdesk.demo");
        var moderator = await bench.AsAsync("moderator@dealdesk.demo");
        var racing = new RacingContextFactory(bench.Sqlite.Database, scope, () =>
            moderator.MoveAsync(contact.Id, FunnelStage.Contacted, contact.Version).GetAwaiter().GetResult());

        var result = await bench.Service(scope, contexts: racing).UpdateAsync(contact.Id, Draft("Rep", contact.Email, contact.Version));

        Assert.Equal(ResultStatus.Conflict, result.Status);
        var stored = (await bench.StoredAsync(contact.Id))!;
        Assert.Equal("Raced", stored.Name);
        Assert.Equal(FunnelStage.Contacted, stored.FunnelStage);
    }

    [Fact]
    public async Task Move_ChangesTheStage_KeepsLastContact_AndRaisesALeadToProspect()
    {
        var circle = await bench.CircleIdAsync(ContactBench.Enterprise);
        var then = bench.Clock.UtcNow.AddDays(-3);
        var contact = await bench.AddContactAsync(circle, "Mover", lastContactAt: then);
        var rep = await bench.AsAsync("rep@dealdesk.demo");

        var result = await rep.MoveAsync(contact.Id, FunnelStage.ProposalSent, contact.Version);

        Assert.True(result.Succeeded);
        var stored = (await bench.StoredAsync(contact.Id))!;
        Assert.Equal(FunnelStage.ProposalSent, stored.FunnelStage);
        // Dragging a card reaches nobody: last contact is when someone last was in touch.
        Assert.Equal(then, stored.LastContactAt);
        Assert.Equal(ContactStatus.Prospect, stored.Status);
    }

    [Fact]
    public async Task Move_ALeadToClosedWon_MakesThemACustomer()
    {
        var circle = await bench.CircleIdAsync(ContactBench.Enterprise);
        var contact = await bench.AddContactAsync(circle, "Signer");
        var rep = await bench.AsAsync("rep@dealdesk.demo");

        Assert.True((await rep.MoveAsync(contact.Id, FunnelStage.ClosedWon, contact.Version)).Succeeded);

        var stored = (await bench.StoredAsync(contact.Id))!;
        Assert.Equal((FunnelStage.ClosedWon, ContactStatus.Customer), (stored.FunnelStage, stored.Status));
    }

    [Fact]
    public async Task AddNote_WritesTheNote_TheLatestNote_AndLastContact_AndListsItFirst()
    {
        var circle = await bench.CircleIdAsync(ContactBench.Enterprise);
        var contact = await bench.AddContactAsync(circle, "Noted", lastContactAt: bench.Clock.UtcNow.AddDays(-5));
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        Assert.True((await rep.AddNoteAsync(contact.Id, "First call")).Succeeded);
        bench.Clock.UtcNow = bench.Clock.UtcNow.AddMinutes(1);

        var added = await rep.AddNoteAsync(contact.Id, "  Second call, pricing sent  ");

        Assert.True(added.Succeeded);
        Assert.Equal("Second call, pricing sent", added.Value!.Text);
        Assert.Equal("Riley Rep", added.Value.AuthorName);
        var stored = (await bench.StoredAsync(contact.Id))!;
        Assert.Equal("Second call, pricing sent", stored.LatestNote);
        Assert.Equal(bench.Clock.UtcNow, stored.LastContactAt);
        var notes = await rep.ListNotesAsync(contact.Id, 0, 10);
        Assert.Equal(["Second call, pricing sent", "First call"], notes!.Notes.Select(n => n.Text));
        Assert.Equal(2, notes.TotalCount);
        Assert.Equal(["First call"], (await rep.ListNotesAsync(contact.Id, 1, 1))!.Notes.Select(n => n.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AddNote_Empty_IsRefusedOnTheTextField(string text)
    {
        var contact = await bench.AddContactAsync(await bench.CircleIdAsync(ContactBench.Enterprise), "Quiet");
        var rep = await bench.AsAsync("rep@dealdesk.demo");

        var result = await rep.AddNoteAsync(contact.Id, text);

        Assert.Equal([ContactMessages.NoteRequired], result.FieldErrors["Text"]);
        Assert.Empty(await bench.StoredNotesAsync(contact.Id));
    }

    [Fact]
    public async Task AddNote_TooLong_IsRefused()
    {
        var contact = await bench.AddContactAsync(await bench.CircleIdAsync(ContactBench.Enterprise), "Verbose");
        var rep = await bench.AsAsync("rep@dealdesk.demo");

        var result = await rep.AddNoteAsync(contact.Id, new string('x', ContactNote.TextMaxLength + 1));

        Assert.Equal([ContactMessages.NoteTooLong], result.FieldErrors["Text"]);
        Assert.Empty(await bench.StoredNotesAsync(contact.Id));
    }

    [Fact]
    public async Task AddNote_WhenTheContactsUpdateFails_LeavesNoNote_AndTheContactUnchanged()
    {
        var circle = await bench.CircleIdAsync(ContactBench.Enterprise);
        var then = bench.Clock.UtcNow.AddDays(-7);
        var contact = await bench.AddContactAsync(circle, "Half Written " + Guid.NewGuid().ToString("N")[..6], lastContactAt: then);
        var rep = await bench.AsAsync("rep@dealdesk.demo");
        await using (var db = bench.Sqlite.For(TenantScope.None))
        {
            // The database refuses the contact's half of the write, after or before the note's insert.
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER IF NOT EXISTS fail_half_written BEFORE UPDATE ON contacts WHEN OLD.Name LIKE 'Half Written%' "
                + "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;");
        }

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => rep.AddNoteAsync(contact.Id, "Lost in the failure"));

        Assert.Empty(await bench.StoredNotesAsync(contact.Id));
        var stored = (await bench.StoredAsync(contact.Id))!;
        Assert.Null(stored.LatestNote);
        Assert.Equal(then, stored.LastContactAt);
    }

    [Fact]
    public async Task AddNote_RacingAnEditOfTheContact_IsTriedAgain_AndWritesOneNote()
    {
        var circle = await bench.CircleIdAsync(ContactBench.Enterprise);
        var contact = await bench.AddContactAsync(circle, "Busy");
        var scope = await bench.ScopeOfAsync("rep@dealdesk.demo");
        var moderator = await bench.AsAsync("moderator@dealdesk.demo");
        var racing = new RacingContextFactory(bench.Sqlite.Database, scope, () =>
            moderator.MoveAsync(contact.Id, FunnelStage.MeetingSet, contact.Version).GetAwaiter().GetResult());

        var result = await bench.Service(scope, contexts: racing).AddNoteAsync(contact.Id, "Meeting booked");

        Assert.True(racing.Raced);
        Assert.True(result.Succeeded);
        Assert.Equal(["Meeting booked"], (await bench.StoredNotesAsync(contact.Id)).Select(n => n.Text));
        var stored = (await bench.StoredAsync(contact.Id))!;
        Assert.Equal("Meeting booked", stored.LatestNote);
        Assert.Equal(FunnelStage.MeetingSet, stored.FunnelStage);
    }

    [Fact]
    public async Task Delete_RemovesTheContactAndItsNotes()
    {
        var circle = await bench.CircleIdAsync(ContactBench.Enterprise);
        var contact = await bench.AddContactAsync(circle, "Leaving");
        var moderator = await bench.AsAsync("moderator@dealdesk.demo");
        Assert.True((await moderator.AddNoteAsync(contact.Id, "Last words")).Succeeded);

        var result = await moderator.DeleteAsync(contact.Id);

        Assert.True(result.Succeeded);
        Assert.Null(await bench.StoredAsync(contact.Id));
        Assert.Empty(await bench.StoredNotesAsync(contact.Id));
        Assert.Equal(ResultStatus.NotFound, (await moderator.DeleteAsync(contact.Id)).Status);
    }

    private static ContactDraft Draft(string name, string email, byte[]? version = null) =>
        new() { Name = name, Email = email, Phone = "+1 555 0100", Version = version };
}
