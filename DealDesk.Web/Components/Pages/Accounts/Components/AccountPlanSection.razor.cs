using DealDesk.Core.Accounts;
using DealDesk.Core.Common;
using DealDesk.Core.Plans;
using Microsoft.AspNetCore.Components;

namespace DealDesk.Web.Components.Pages.Accounts.Components;

/// <summary>The account's plan on its page: the latest version edited in place, "Save" storing a new version, earlier
/// versions read-only. A save on top of a version that is no longer the latest is refused by the service.</summary>
public sealed partial class AccountPlanSection
{
    private AccountPlan? _plan;
    private AccountPlan? _viewed;
    private IReadOnlyList<PlanVersionInfo> _versions = [];
    private IReadOnlyList<NamedOption> _openDeals = [];
    private List<string> _errors = [];
    private int? _latest;
    private int _shown;
    private bool _saving;
    private bool _conflict;
    private string? _notice;
    private Guid? _loadedFor;

    [Inject]
    private IAccountPlanService Plans { get; set; } = null!;

    [Inject]
    private IAccountService Accounts { get; set; } = null!;

    /// <summary>The account planned.</summary>
    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    private bool ReadOnly => _viewed is not null;

    private AccountPlan Shown => _viewed ?? _plan!;

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor == AccountId)
        {
            return;
        }

        _loadedFor = AccountId;
        _openDeals = (await Plans.GetOpenDealsAsync(AccountId)).Value ?? [];
        await LoadLatestAsync();
    }

    /// <summary>Shows the latest version, dropping local edits (first load, or after a conflict).</summary>
    private async Task LoadLatestAsync()
    {
        var latest = await Plans.GetLatestAsync(AccountId);
        if (latest.Value is not { } snapshot)
        {
            _errors = [.. latest.AllMessages()];
            return;
        }

        _plan = snapshot.Version is null ? await FirstDraftAsync() : snapshot.Document;
        _viewed = null;
        _errors = [];
        _conflict = false;
        _latest = snapshot.Version?.Number;
        _shown = _latest ?? 0;
        _versions = (await Plans.ListVersionsAsync(AccountId)).Value ?? [];
    }

    /// <summary>A first plan starts from what DealDesk already knows: the account's details and its open deals.</summary>
    private async Task<AccountPlan> FirstDraftAsync()
    {
        var plan = new AccountPlan { ActiveOpportunities = [.. _openDeals.Select(d => d.Id)] };
        if (await Accounts.GetAsync(AccountId) is { } account)
        {
            plan.Profile.Industry = account.Industry;
            plan.Profile.Size = account.CompanySizeBand is null
                ? AccountLabels.Size(account.Size)
                : $"{AccountLabels.Size(account.Size)}, {account.CompanySizeBand} employees";
        }

        return plan;
    }

    private async Task ShowVersionAsync(int number)
    {
        _notice = null;
        _errors = [];
        if (number == _latest)
        {
            _viewed = null;
            _shown = number;
            return;
        }

        var version = await Plans.GetVersionAsync(AccountId, number);
        if (version.Value is { } snapshot)
        {
            _viewed = snapshot.Document;
            _shown = number;
        }
        else
        {
            _errors = [.. version.AllMessages()];
        }
    }

    private async Task SaveAsync()
    {
        _saving = true;
        _notice = null;
        var saved = await Plans.SaveAsync(AccountId, _plan!, _latest);
        _saving = false;
        _errors = saved.Succeeded ? [] : [.. saved.AllMessages()];
        _conflict = saved.Status == ResultStatus.Conflict;
        if (saved.Succeeded)
        {
            _latest = saved.Value;
            _shown = saved.Value;
            _versions = (await Plans.ListVersionsAsync(AccountId)).Value ?? [];
            _notice = $"Version {saved.Value} saved.";
        }
    }
}
