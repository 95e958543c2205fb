using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Shared;

/// <summary>How the app opens a form dialog: full width up to a maximum (small unless said), closed by Escape, and
/// what it closed with.</summary>
public static class FormDialog
{
    /// <summary>Shows <typeparamref name="TDialog"/> and waits for it to close; <c>null</c> or a cancelled result
    /// when the user left without saving.</summary>
    public static async Task<DialogResult?> ShowAsync<TDialog>(IDialogService dialogs, string title,
        DialogParameters<TDialog> parameters, MaxWidth maxWidth = MaxWidth.Small)
        where TDialog : IComponent
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var options = new DialogOptions { MaxWidth = maxWidth, FullWidth = true, CloseOnEscapeKey = true };
        var dialog = await dialogs.ShowAsync<TDialog>(title, parameters, options);
        return await dialog.Result;
    }

    /// <summary>Shows a create-or-edit dialog; the saved record's id, or <c>null</c> when cancelled.</summary>
    public static async Task<Guid?> ShowForIdAsync<TDialog>(IDialogService dialogs, string title,
        DialogParameters<TDialog> parameters)
        where TDialog : IComponent =>
        await ShowAsync(dialogs, title, parameters) is { Canceled: false, Data: Guid id } ? id : null;

    /// <summary>Shows a dialog; true when it closed with something saved rather than cancelled.</summary>
    public static async Task<bool> ShowForSavedAsync<TDialog>(IDialogService dialogs, string title,
        DialogParameters<TDialog> parameters, MaxWidth maxWidth = MaxWidth.Small)
        where TDialog : IComponent =>
        await ShowAsync(dialogs, title, parameters, maxWidth) is { Canceled: false };
}
