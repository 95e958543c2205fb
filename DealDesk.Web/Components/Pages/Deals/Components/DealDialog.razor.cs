using DealDesk.Core.Accounts;
using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Deals.Components;

/// <summary>Creates or edits a deal. The form checks the Core rules as the user types; the service checks them again
/// with the database's rules (account, circle, owner, concurrency) and its field errors land under their fields.</summary>
public sealed partial class DealDialog
{
    private readonly DialogSave<DealDraft> _save = new(new DealDraftValidator());
    private readonly Dictionary<Guid, string> _accountNames = [];
    private MudForm? _form;
    private DealFormOptions? _options;
    private DealDraft? _draft;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = null!;

    [Inject]
    private IDealService Deals { get; set; } = null!;

    [Inject]
    private IAccountService Accounts { get; set; } = null!;

    /// <summary>The deal to edit; <c>null</c> to create one.</summary>
    [Parameter]
    public Guid? DealId { get; set; }

    /// <summary>Stage a new deal starts in (e.g. the board column it was created from); the first open stage otherwise.</summary>
    [Parameter]
    public Guid? StageId { get; set; }

    /// <summary>Account a new deal is for (e.g. created from the account page).</summary>
    [Parameter]
    public Guid? AccountId { get; set; }

    private bool IsLostStage => _options?.Stages.FirstOrDefault(s => s.Id == _draft?.StageId)?.Kind == StageKind.Lost;

    private DateTime? CloseDate
    {
        get => _draft?.ExpectedCloseDate?.ToDateTime(TimeOnly.MinValue);
        set => _draft!.ExpectedCloseDate = value is null ? null : DateOnly.FromDateTime(value.Value);
    }

    /// <summary>Opens the dialog; the saved deal's id, or <c>null</c> when cancelled.</summary>
    public static async Task<Guid?> OpenAsync(IDialogService dialogs, Guid? dealId = null, Guid? stageId = null,
        Guid? accountId = null)
    {
        var parameters = new DialogParameters<DealDialog>
        {
            { d => d.DealId, dealId },
            { d => d.StageId, stageId },
            { d => d.AccountId, accountId },
        };
        return await FormDialog.ShowForIdAsync(dialogs, dealId is null ? "New deal" : "Edit deal", parameters);
    }

    protected override async Task OnInitializedAsync()
    {
        _options = await Deals.GetFormOptionsAsync();
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _draft = await _save.LoadAsync(DealId, NewDraft, id => Deals.GetDraftAsync(id));
        if (_draft is null)
        {
            _save.Errors.Show(Result.NotFound(DealMessages.NotFound), new DealDraft());
            return;
        }

        if (_draft.AccountId is { } accountId && await Accounts.GetAsync(accountId) is { } account)
        {
            _accountNames[accountId] = account.Name;
        }
    }

    private DealDraft NewDraft() => new()
    {
        StageId = StageId ?? _options!.Stages.FirstOrDefault(s => s.Kind == StageKind.Open)?.Id,
        AccountId = AccountId,
        CircleId = _options!.Circles.Count == 1 ? _options.Circles[0].Id : null,
        Currency = _options.Currency,
        Value = 0m,
    };

    private async Task<IEnumerable<Guid?>> SearchAccountsAsync(string? text, CancellationToken cancellationToken)
    {
        var found = await Accounts.LookupAsync(text, 20, cancellationToken);
        foreach (var account in found)
        {
            _accountNames[account.Id] = account.Name;
        }

        return found.Select(a => (Guid?)a.Id);
    }

    private string AccountName(Guid? id) => id is { } key && _accountNames.TryGetValue(key, out var name) ? name : "";

    private async Task SaveAsync()
    {
        if (await _save.SaveAsync(_form, _draft!, DealId, id => Deals.UpdateAsync(id, _draft!),
                () => Deals.CreateAsync(_draft!)) is { } savedId)
        {
            Dialog.Close(DialogResult.Ok(savedId));
        }
    }

    private void Cancel() => Dialog.Cancel();
}
