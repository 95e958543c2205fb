using DealDesk.Core.Common;
using DealDesk.Core.Plans;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace DealDesk.Web.Components.Pages.Deals.Detail;

/// <summary>The deal's opportunity plan, edited through <see cref="PlanEditor{TPlan}"/>, with a prefill from the deal
/// and its circle's members as action item owners.</summary>
public sealed partial class DealPlanTab
{
    private IReadOnlyList<NamedOption> _owners = [];

    [Inject]
    private IOpportunityPlanService Plans { get; set; } = null!;

    /// <summary>The deal shown.</summary>
    [Parameter, EditorRequired]
    public Guid DealId { get; set; }

    protected override Guid OwnerId => DealId;

    protected override PlanEditor<OpportunityPlan> CreateEditor() => new(Plans, DealId);

    protected override async Task LoadChoicesAsync() => _owners = (await Plans.GetOwnersAsync(DealId)).Value ?? [];

    private async Task PrefillAsync()
    {
        var filled = await Plans.PrefillAsync(DealId, Editor.Plan!);
        if (filled.Value is { } plan)
        {
            Editor.Plan = plan;
        }
    }
}
