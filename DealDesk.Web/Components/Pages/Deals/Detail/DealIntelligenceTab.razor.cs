using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence;
using Microsoft.AspNetCore.Components;

namespace DealDesk.Web.Components.Pages.Deals.Detail;

/// <summary>The Intelligence tab: the health score with its factors and history, and MEDDPICC with its evidence,
/// edited inline. Reloads whenever its deal changes (a save here, a rescore, work by someone else).</summary>
public sealed partial class DealIntelligenceTab
{
    private DealIntelligence? _intelligence;

    [Inject]
    private IDealIntelligenceService Intelligence { get; set; } = null!;

    protected override Task OnDealChangedAsync() => ReloadAsync();

    protected override Task OnParametersSetAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        _intelligence = await Intelligence.GetAsync(DealId);
        StateHasChanged();
    }
}
