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
    private bool _missing;

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
        ArgumentNullException.ThrowIfNull(dialogs);
        var parameters = new DialogParameters<AccountDialog> { { d => d.AccountId, accountId } };
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };
        var dialog = await dialogs.ShowAsync<AccountDialog>(accountId is null ? "New account" : "Edit account",
            parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: Guid id } ? id : null;
    }

    protected override Task OnInitializedAsync() => LoadAsync();

    /// <summary>Fills the form from the stored account (first open, or Reload after a conflict), with its version.
    /// </summary>
    private async Task LoadAsync()
    {
        _save.Clear();
        if (AccountId is not { } id)
        {
            _draft = new AccountDraft();
            return;
        }

        var account = await Accounts.GetAsync(id);
        _missing = account is null;
        _draft = account is null ? null : new AccountDraft
        {
            Name = account.Name,
            Industry = account.Industry,
            Size = account.Size,
            CompanySizeBand = account.CompanySizeBand,
            Website = account.Website,
            Region = account.Region,
            Version = account.Version,
        };
    }

    private async Task SaveAsync()
    {
        var savedId = AccountId ?? Guid.Empty;
        var saved = await _save.SaveAsync(_form, _draft!, async () =>
        {
            if (AccountId is { } id)
            {
                return await Accounts.UpdateAsync(id, _draft!);
            }

            var created = await Accounts.CreateAsync(_draft!);
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
