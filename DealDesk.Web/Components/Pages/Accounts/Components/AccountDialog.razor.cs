using DealDesk.Core.Accounts;
using DealDesk.Core.Common;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Accounts.Components;

/// <summary>Creates or edits an account. The form checks the Core rules as the user types; the service checks them
/// again with the one rule that needs the database (a unique name), and its messages land under their fields while
/// the dialog stays open. An edit carries the version it loaded: when someone else saved first, the dialog says so and
/// offers to reload their values.</summary>
public sealed partial class AccountDialog
{
    // A conflict shows in its own notice, which offers to reload the stored values.
    private readonly DialogSave<AccountDraft> _save = new(new AccountDraftValidator(), conflictAsNotice: true);
    private MudForm? _form;
    private AccountDraft? _draft;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = null!;

    [Inject]
    private IAccountService Accounts { get; set; } = null!;

    /// <summary>The account to edit; <c>null</c> to create one.</summary>
    [Parameter]
    public Guid? AccountId { get; set; }

    /// <summary>Opens the dialog; the saved account's id, or <c>null</c> when cancelled.</summary>
    public static async Task<Guid?> OpenAsync(IDialogService dialogs, Guid? accountId = null)
    {
        var parameters = new DialogParameters<AccountDialog> { { d => d.AccountId, accountId } };
        return await FormDialog.ShowForIdAsync(dialogs, accountId is null ? "New account" : "Edit account",
            parameters);
    }

    protected override Task OnInitializedAsync() => LoadAsync();

    /// <summary>Fills the form from the stored account (first open, or Reload after a conflict), with its version.
    /// </summary>
    private async Task LoadAsync() =>
        _draft = await _save.LoadAsync(AccountId, () => new AccountDraft(), async id =>
            await Accounts.GetAsync(id) is { } account
                ? new AccountDraft
                {
                    Name = account.Name,
                    Industry = account.Industry,
                    Size = account.Size,
                    CompanySizeBand = account.CompanySizeBand,
                    Website = account.Website,
                    Region = account.Region,
                    Version = account.Version,
                }
                : null);

    private async Task SaveAsync()
    {
        if (await _save.SaveAsync(_form, _draft!, AccountId, id => Accounts.UpdateAsync(id, _draft!),
                () => Accounts.CreateAsync(_draft!)) is { } savedId)
        {
            Dialog.Close(DialogResult.Ok(savedId));
        }
    }

    private void Cancel() => Dialog.Cancel();
}
