using DealDesk.Core.Common;
using DealDesk.Core.Contacts;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Contacts.Components;

/// <summary>Creates or edits a contact. The form checks the Core rules as the user types; the service checks them
/// again with the rules that need the database (the email unique in the circle, the version) and its messages land
/// under their fields while the dialog stays open.</summary>
public sealed partial class ContactDialog
{
    private readonly DialogSave<ContactDraft> _save = new(new ContactDraftValidator());
    private MudForm? _form;
    private ContactDraft? _draft;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = null!;

    [Inject]
    private IContactQueries Contacts { get; set; } = null!;

    [Inject]
    private IContactService ContactWrites { get; set; } = null!;

    /// <summary>The contact to edit; <c>null</c> to create one.</summary>
    [Parameter]
    public Guid? ContactId { get; set; }

    /// <summary>The circle a new contact goes into.</summary>
    [Parameter]
    public Guid CircleId { get; set; }

    /// <summary>Opens the dialog; the saved contact's id, or <c>null</c> when cancelled.</summary>
    public static async Task<Guid?> OpenAsync(IDialogService dialogs, Guid circleId, Guid? contactId = null)
    {
        var parameters = new DialogParameters<ContactDialog>
        {
            { d => d.CircleId, circleId },
            { d => d.ContactId, contactId },
        };
        return await FormDialog.ShowForIdAsync(dialogs, contactId is null ? "New contact" : "Edit contact",
            parameters);
    }

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync() =>
        _draft = await _save.LoadAsync(ContactId, () => new ContactDraft(),
            async id => (await Contacts.GetAsync(id))?.ToDraft());

    private async Task SaveAsync()
    {
        // A taken email shows under the email field; a conflict, a refusal or a vanished contact above the buttons.
        if (await _save.SaveAsync(_form, _draft!, ContactId, id => ContactWrites.UpdateAsync(id, _draft!),
                () => ContactWrites.CreateAsync(CircleId, _draft!)) is { } savedId)
        {
            Dialog.Close(DialogResult.Ok(savedId));
        }
    }

    private void Cancel() => Dialog.Cancel();
}
