using DealDesk.Core.Common;
using DealDesk.Core.Plans;
using Microsoft.AspNetCore.Components;

namespace DealDesk.Web.Components.Pages.Deals.Detail;

/// <summary>The deal's opportunity plan. The latest version is edited in place and "Save" stores a new version on
/// top of it; earlier versions open read-only. A save on top of a version that is no longer the latest is refused by
/// the service, so nobody's edits are silently lost.</summary>
public sealed partial class DealPlanTab
{
    private OpportunityPlan? _plan;
    private OpportunityPlan? _viewed;
    private IReadOnlyList<PlanVersionInfo> _versions = [];
    private IReadOnlyList<NamedOption> _owners = [];
    private List<string> _errors = [];
    private int? _latest;
    private int _shown;
    private bool _missing;
    private bool _saving;
    private bool _conflict;
    private string? _notice;
    private Guid? _loadedFor;

    [Inject]
    private IOpportunityPlanService Plans { get; set; } = null!;

    /// <summary>The deal shown.</summary>
    [Parameter, EditorRequired]
    public Guid DealId { get; set; }

    private bool ReadOnly => _viewed is not null;

    private OpportunityPlan Shown => _viewed ?? _plan!;

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor == DealId)
        {
            return;
        }

        _loadedFor = DealId;
        var latest = await Plans.GetLatestAsync(DealId);
        _missing = !latest.Succeeded;
        if (latest.Value is null)
        {
            return;
        }

        _owners = (await Plans.GetOwnersAsync(DealId)).Value ?? [];
        await ShowLatestAsync(latest.Value);
    }

    private async Task ShowLatestAsync(PlanSnapshot<OpportunityPlan> latest)
    {
        _plan = latest.Document;
        _viewed = null;
        _latest = latest.Version?.Number;
        _shown = _latest ?? 0;
        _versions = (await Plans.ListVersionsAsync(DealId)).Value ?? [];
    }

    /// <summary>After a conflict: drops the local edits for the version someone else saved.</summary>
    private async Task ReloadAsync()
    {
        if ((await Plans.GetLatestAsync(DealId)).Value is { } latest)
        {
            await ShowLatestAsync(latest);
            _errors = [];
            _conflict = false;
        }
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

        var version = await Plans.GetVersionAsync(DealId, number);
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

    private async Task PrefillAsync()
    {
        var filled = await Plans.PrefillAsync(DealId, _plan!);
        if (filled.Value is { } plan)
        {
            _plan = plan;
        }
    }

    private async Task SaveAsync()
    {
        _saving = true;
        _notice = null;
        var saved = await Plans.SaveAsync(DealId, _plan!, _latest);
        _saving = false;
        _errors = saved.Succeeded ? [] : [.. saved.AllMessages()];
        _conflict = saved.Status == ResultStatus.Conflict;
        if (saved.Succeeded)
        {
            _latest = saved.Value;
            _shown = saved.Value;
            _versions = (await Plans.ListVersionsAsync(DealId)).Value ?? [];
            _notice = $"Version {saved.Value} saved.";
        }
    }
}
