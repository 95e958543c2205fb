using DealDesk.Core.Common;
using DealDesk.Core.Plans;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace DealDesk.Web.Components.Pages.Deals.Detail;

/// <summary>The deal's opportunity plan, edited through <see cref="PlanEditor{TPlan}"/>, with a prefill from the deal
/// and its circle's members as action item owners.</summary>
public sealed partial class DealPlanTab
{
    private PlanEditor<OpportunityPlan>? _editor;
    private IReadOnlyList<NamedOption> _owners = [];
    private bool _missing;

    [Inject]
    private IOpportunityPlanService Plans { get; set; } = null!;

    /// <summary>The deal shown.</summary>
    [Parameter, EditorRequired]
    public Guid DealId { get; set; }

    // Loaded once per deal; null until then.
    private PlanEditor<OpportunityPlan> Editor => _editor!;

    private bool Loaded => _editor?.Plan is not null;

    protected override async Task OnParametersSetAsync()
    {
        if (_editor?.OwnerId == DealId)
        {
            return;
        }

        _editor = new PlanEditor<OpportunityPlan>(Plans, DealId);
        _owners = (await Plans.GetOwnersAsync(DealId)).Value ?? [];
        _missing = !await _editor.LoadLatestAsync();
    }

    /// <summary>After a conflict: drops the local edits for the version someone else saved.</summary>
    private Task ReloadAsync() => Editor.LoadLatestAsync();

    private async Task PrefillAsync()
    {
        var filled = await Plans.PrefillAsync(DealId, Editor.Plan!);
        if (filled.Value is { } plan)
        {
            Editor.Plan = plan;
        }
    }
}
