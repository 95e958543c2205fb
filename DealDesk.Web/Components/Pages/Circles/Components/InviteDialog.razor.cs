using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Circles.Components;

/// <summary>Gives a new person a sign-in and adds them to the circle, then shows their temporary password once. The
/// password lives only in this dialog: closing it forgets it, and the dialog cannot be closed by a stray click or
/// Escape while it is shown.</summary>
public sealed partial class InviteDialog
{
    private readonly DialogSave<InvitationDraft> _save = new(new InvitationDraftValidator());
    private readonly InvitationDraft _draft = new();
    private MudForm? _form;
    private InvitedPerson? _invited;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = null!;

    [Inject]
    private ICircleInvitationService Invitations { get; set; } = null!;

    /// <summary>The circle the new person joins.</summary>
    [Parameter]
    public Guid CircleId { get; set; }

    /// <summary>The role the inviting user acts in; the roles offered stop there.</summary>
    [Parameter]
    public CircleRole MyRole { get; set; }

    /// <summary>Opens the dialog; <c>true</c> when someone was invited.</summary>
    public static async Task<bool> OpenAsync(IDialogService dialogs, Guid circleId, CircleRole myRole)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var parameters = new DialogParameters<InviteDialog> { { d => d.CircleId, circleId }, { d => d.MyRole, myRole } };
        var options = new DialogOptions
        {
            MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = false, BackdropClick = false,
        };
        var dialog = await dialogs.ShowAsync<InviteDialog>("Invite person", parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false };
    }

    private async Task SaveAsync()
    {
        Result<InvitedPerson>? invited = null;
        if (await _save.SaveAsync(_form, _draft, async () => invited = await Invitations.InviteAsync(CircleId, _draft)))
        {
            _invited = invited!.Value;
        }
    }

    private void Done() => Dialog.Close(DialogResult.Ok(true));

    private void Cancel() => Dialog.Cancel();
}
