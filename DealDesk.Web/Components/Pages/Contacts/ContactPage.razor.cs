using DealDesk.Core.Circles;
using DealDesk.Core.Contacts;
using DealDesk.Web.Components.Pages.Contacts.Components;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Contacts;

/// <summary>One contact: its fields, its notes (newest first, the add box on top) and what the user's role in its
/// circle lets them do. A contact of another workspace or of a circle the user is not in shows the not-found page.
/// The page makes the contact's circle the current one and carries it in the URL.</summary>
public sealed partial class ContactPage : IDisposable
{
    private ContactDetail? _contact;
    private MyCircle? _circle;
    private Guid? _shownId;
    private bool _missing;
    private bool _working;
    private string? _message;

    [Inject]
    private IContactQueries Contacts { get; set; } = null!;

    [Inject]
    private IContactService ContactWrites { get; set; } = null!;

    [Inject]
    private ILeadConversionService Leads { get; set; } = null!;

    [Inject]
    private CurrentCircle Current { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    /// <summary>The contact, from the route.</summary>
    [Parameter]
    public Guid Id { get; set; }

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new("Contacts", ContactListUrl.ToUri(new ContactSearch { CircleId = _contact?.CircleId ?? Guid.Empty })),
        new(_contact?.Name ?? "", href: null, disabled: true),
    ];

    protected override void OnInitialized() => Current.Changed += OnCircleChanged;

    protected override async Task OnParametersSetAsync()
    {
        if (_shownId == Id)
        {
            return;
        }

        _shownId = Id;
        await LoadAsync();
        if (_contact is not null && RendererInfo.IsInteractive)
        {
            Current.Select(_contact.CircleId);
            var wanted = ContactPageUrl.For(_contact.Id, _contact.CircleId);
            if (Navigation.ToBaseRelativePath(Navigation.Uri) != wanted.TrimStart('/'))
            {
                Navigation.NavigateTo(wanted, replace: true);
            }
        }
    }

    private async Task LoadAsync()
    {
        _contact = await Contacts.GetAsync(Id);
        _missing = _contact is null;
        if (_missing)
        {
            Navigation.AnswerNotFound(RendererInfo);
        }

        // The role is read again each time, so a role changed meanwhile shows on the next load.
        _circle = _contact is null ? null : await Current.ResolveAsync(_contact.CircleId);
        if (_circle is not null && _circle.Id != _contact!.CircleId)
        {
            _circle = null;
        }
    }

    private bool Allows(CircleAction action) => _circle?.Allows(action) == true;

    private async Task EditAsync()
    {
        if (await ContactDialog.OpenAsync(Dialogs, _contact!.CircleId, _contact.Id) is not null)
        {
            await LoadAsync();
        }
    }

    private async Task OnNoteAddedAsync(ContactNoteItem note) => await LoadAsync();

    private async Task CreateDealAsync()
    {
        _working = true;
        _message = null;
        var result = await Leads.CreateDealAsync(_contact!.Id);
        _working = false;
        if (result.Succeeded)
        {
            Navigation.NavigateTo($"/deals/{result.Value}");
            return;
        }

        _message = string.Join(" ", result.AllMessages());
    }

    private async Task DeleteAsync()
    {
        var confirmed = await Dialogs.ConfirmAsync(
            $"Delete {_contact!.Name}?",
            "The contact and its notes history are deleted. Deals that came from this lead stay, without the link. This cannot be undone.",
            "Delete");
        if (!confirmed)
        {
            return;
        }

        _working = true;
        var result = await ContactWrites.DeleteAsync(_contact.Id);
        _working = false;
        if (!result.Succeeded)
        {
            _message = result.Message;
            return;
        }

        Snackbar.Add($"{_contact.Name} deleted.", Severity.Success);
        Navigation.NavigateTo(ContactListUrl.ToUri(new ContactSearch { CircleId = _contact.CircleId }));
    }

    // The switcher picked another circle: this contact is not in it, so go to that circle's list.
    private void OnCircleChanged() => _ = InvokeAsync(() =>
    {
        if (_contact is not null && Current.SelectedId is { } id && id != _contact.CircleId)
        {
            Navigation.NavigateTo(ContactListUrl.ToUri(new ContactSearch { CircleId = id }));
        }
    });

    public void Dispose() => Current.Changed -= OnCircleChanged;
}
