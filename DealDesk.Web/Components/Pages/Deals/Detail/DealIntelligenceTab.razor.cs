using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence;
using DealDesk.Web.Identity;
using Microsoft.AspNetCore.Components;

namespace DealDesk.Web.Components.Pages.Deals.Detail;

/// <summary>The Intelligence tab: the health score with its factors and history, and MEDDPICC with its evidence,
/// edited inline. Reloads whenever its deal changes (a save here, a rescore, work by someone else).</summary>
public sealed partial class DealIntelligenceTab : IDisposable
{
    private DealIntelligence? _intelligence;
    private IDisposable? _changes;

    [Inject]
    private IDealIntelligenceService Intelligence { get; set; } = null!;

    [Inject]
    private IDealChangeFeed ChangeFeed { get; set; } = null!;

    [Inject]
    private CurrentUser User { get; set; } = null!;

    /// <summary>The deal shown.</summary>
    [Parameter, EditorRequired]
    public Guid DealId { get; set; }

    protected override void OnInitialized() =>
        _changes = ChangeFeed.FollowForUser(User, change => change.DealId == DealId, InvokeAsync, ReloadAsync);

    protected override Task OnParametersSetAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        _intelligence = await Intelligence.GetAsync(DealId);
        StateHasChanged();
    }

    public void Dispose() => _changes?.Dispose();
}
