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
        ArgumentNullException.ThrowIfNull(dialogs);
        var parameters = new DialogParameters<CircleDialog>
        {
            { d => d.CircleId, circleId }, { d => d.Name, name }, { d => d.Description, description },
            { d => d.Version, version },
        };
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };
        var dialog = await dialogs.ShowAsync<CircleDialog>(circleId is null ? "New circle" : "Rename circle",
            parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: Guid id } ? id : null;
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
        var savedId = CircleId ?? Guid.Empty;
        var saved = await _save.SaveAsync(_form, _draft, async () =>
        {
            if (CircleId is { } id)
            {
                return await CircleAdmin.UpdateAsync(id, _draft);
            }

            var created = await CircleAdmin.CreateAsync(_draft);
            savedId = created.Value;
            return created;
        });
        if (saved)
        {
            Dialog.Close(DialogResult.Ok(savedId));
        }
    }

    private void Cancel() => Dialog.Cancel();
}
