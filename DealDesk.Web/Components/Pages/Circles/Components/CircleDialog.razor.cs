using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Circles.Components;

/// <summary>Creates a circle or renames one (workspace admins). The Core rules run as the user types; the service's
/// answer (a name taken in another case) lands under the name while the dialog stays open. A rename carries the
/// version the page loaded: when someone else saved the circle first, the dialog says so and Reload shows theirs.
/// </summary>
public sealed partial class CircleDialog
{
    // A conflict shows in its own notice, which offers to reload the stored values.
    private readonly DialogSave<CircleDraft> _save = new(new CircleDraftValidator(), conflictAsNotice: true);
    private MudForm? _form;
    private CircleDraft _draft = new();

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = null!;

    [Inject]
    private ICircleAdminService CircleAdmin { get; set; } = null!;

    /// <summary>The circle to edit; <c>null</c> to create one.</summary>
    [Parameter]
    public Guid? CircleId { get; set; }

    /// <summary>The circle's name now, when editing.</summary>
    [Parameter]
    public string? Name { get; set; }

    /// <summary>The circle's description now, when editing.</summary>
    [Parameter]
    public string? Description { get; set; }

    /// <summary>The circle's version as <see cref="Name"/> and <see cref="Description"/> were read, when editing.</summary>
    [Parameter]
    public byte[]? Version { get; set; }

    /// <summary>Opens the dialog; the saved circle's id, or <c>null</c> when cancelled.</summary>
    public static async Task<Guid?> OpenAsync(IDialogService dialogs, Guid? circleId = null, string? name = null,
        string? description = null, byte[]? version = null)
    {
        var parameters = new DialogParameters<CircleDialog>
        {
            { d => d.CircleId, circleId }, { d => d.Name, name }, { d => d.Description, description },
            { d => d.Version, version },
        };
        return await FormDialog.ShowForIdAsync(dialogs, circleId is null ? "New circle" : "Rename circle",
            parameters);
    }

    protected override void OnInitialized() =>
        _draft = new CircleDraft { Name = Name ?? "", Description = Description, Version = Version };

    /// <summary>Replaces the form with the circle as stored now, after a conflict.</summary>
    private async Task ReloadAsync()
    {
        _save.Clear();
        if (await CircleAdmin.GetAsync(CircleId!.Value) is not { } current)
        {
            _save.Errors.Show(Result.NotFound(CircleMessages.NotFound), _draft);
            return;
        }

        _draft = new CircleDraft { Name = current.Name, Description = current.Description, Version = current.Version };
    }

    private async Task SaveAsync()
    {
        if (await _save.SaveAsync(_form, _draft, CircleId, id => CircleAdmin.UpdateAsync(id, _draft),
                () => CircleAdmin.CreateAsync(_draft)) is { } savedId)
        {
            Dialog.Close(DialogResult.Ok(savedId));
        }
    }

    private void Cancel() => Dialog.Cancel();
}
