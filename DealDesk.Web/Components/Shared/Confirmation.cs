using MudBlazor;

namespace DealDesk.Web.Components.Shared;

/// <summary>How the app asks before something that cannot be taken back (a delete, a removal).</summary>
public static class Confirmation
{
    /// <summary>Asks <paramref name="title"/> with <paramref name="message"/>, offering <paramref name="yesText"/> and
    /// Cancel; true only when the user chose <paramref name="yesText"/> (Cancel, Escape or a click outside are
    /// no).</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message,
        string yesText)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var confirmed = await dialogs.ShowMessageBoxAsync(new MessageBoxOptions
        {
            Title = title,
            Message = message,
            YesText = yesText,
            CancelText = "Cancel",
        });
        return confirmed == true;
    }
}
