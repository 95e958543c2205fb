using DealDesk.Core.Common;
using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Deals.Detail.Stakeholders;

/// <summary>Adds a person to a deal's political map (by hand or from a contact) or edits one: details, several roles
/// at once, and scores set by hand. The service checks the same rules again and the unique email.</summary>
public sealed partial class StakeholderDialog
{
    private readonly DialogSave<StakeholderDraft> _save = new(new StakeholderDraftValidator());
    private MudForm? _form;
    private StakeholderDraft _draft = new();
    private ContactOption? _contact;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = null!;

    [Inject]
    private IStakeholderService Stakeholders { get; set; } = null!;

    /// <summary>The deal whose account's map is edited.</summary>
    [Parameter]
    public Guid DealId { get; set; }

    /// <summary>The person to edit; <c>null</c> to add one.</summary>
    [Parameter]
    public StakeholderCard? Person { get; set; }

    private IReadOnlyCollection<StakeholderRoles> SelectedRoles => StakeholderLabels.Split(_draft.Roles).ToList();

    /// <summary>Opens the dialog; <c>true</c> when something was saved.</summary>
    public static async Task<bool> OpenAsync(IDialogService dialogs, Guid dealId, StakeholderCard? person = null)
    {
        var parameters = new DialogParameters<StakeholderDialog> { { d => d.DealId, dealId }, { d => d.Person, person } };
        return await FormDialog.ShowForSavedAsync(dialogs,
            person is null ? "Add stakeholder" : $"Edit {person.Name}", parameters, MaxWidth.Medium);
    }

    protected override void OnInitialized() => _draft = Person is null ? new StakeholderDraft() : StakeholderDraft.From(Person);

    private async Task<IEnumerable<ContactOption>> SearchContactsAsync(string? text, CancellationToken cancellationToken) =>
        await Stakeholders.FindContactsAsync(text, 10, cancellationToken);

    /// <summary>A picked contact fills the name and email and links the person to it.</summary>
    private void PickContact(ContactOption? contact)
    {
        _contact = contact;
        _draft.ContactId = contact?.Id;
        if (contact is not null)
        {
            _draft.Name = contact.Name;
            _draft.Email = contact.Email;
        }
    }

    private void ChangeRoles(IEnumerable<StakeholderRoles> roles) =>
        _draft.Roles = roles.Aggregate(StakeholderRoles.None, (all, role) => all | role);

    private async Task SaveAsync()
    {
        if (await _save.SaveAsync(_form, _draft, async () => Person is null
                ? await Stakeholders.AddAsync(DealId, _draft)
                : await Stakeholders.UpdateAsync(DealId, Person.Id, _draft)))
        {
            Dialog.Close(DialogResult.Ok(true));
        }
    }

    private void Cancel() => Dialog.Cancel();
}
