using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Web.Components.Pages.Deals.Detail.Stakeholders;
using DealDesk.Web.Identity;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Deals.Detail;

/// <summary>The deal's political map: warnings, the power × relationship grid and the people by role, with add, edit
/// and remove. Reloads when anything around the deal changes, whoever changed it.</summary>
public sealed partial class DealStakeholdersTab : IDisposable
{
    private StakeholderMap? _map;
    private bool _missing;
    private string? _refusal;
    private IDisposable? _changes;

    [Inject]
    private IStakeholderService Stakeholders { get; set; } = null!;

    [Inject]
    private IDealChangeFeed ChangeFeed { get; set; } = null!;

    [Inject]
    private CurrentUser User { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    /// <summary>The deal shown.</summary>
    [Parameter, EditorRequired]
    public Guid DealId { get; set; }

    protected override void OnInitialized() =>
        _changes = ChangeFeed.FollowForUser(User,
            change => change.DealId == DealId && change.Kind == DealChangeKind.Worked, InvokeAsync, async () =>
            {
                await LoadAsync();
                StateHasChanged();
            });

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var result = await Stakeholders.GetMapAsync(DealId);
        _map = result.Value;
        _missing = !result.Succeeded;
    }

    private async Task AddAsync()
    {
        if (await StakeholderDialog.OpenAsync(Dialogs, DealId))
        {
            await LoadAsync();
        }
    }

    private async Task EditAsync(StakeholderCard person)
    {
        if (await StakeholderDialog.OpenAsync(Dialogs, DealId, person))
        {
            await LoadAsync();
        }
    }

    private async Task RemoveAsync(StakeholderCard person)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(new MessageBoxOptions
        {
            Title = $"Remove {person.Name}?",
            Message = "They leave the political map of every deal of this account. The timelines keep a record.",
            YesText = "Remove",
            CancelText = "Cancel",
        });
        if (confirmed != true)
        {
            return;
        }

        var result = await Stakeholders.RemoveAsync(DealId, person.Id);
        _refusal = result.Succeeded ? null : string.Join(" ", result.AllMessages());
        await LoadAsync();
    }

    public void Dispose() => _changes?.Dispose();
}
