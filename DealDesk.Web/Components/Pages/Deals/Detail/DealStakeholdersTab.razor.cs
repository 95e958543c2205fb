using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Web.Components.Pages.Deals.Detail.Stakeholders;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Deals.Detail;

/// <summary>The deal's political map: warnings, the power × relationship grid and the people by role, with add, edit
/// and remove. Reloads when anything around the deal changes, whoever changed it.</summary>
public sealed partial class DealStakeholdersTab
{
    private StakeholderMap? _map;
    private bool _missing;
    private string? _refusal;

    [Inject]
    private IStakeholderService Stakeholders { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    // The map moves only with work around the deal (a stakeholder added, scored or removed, here or in another tab);
    // an edit of the deal's own fields leaves it as it is.
    protected override bool Concerns(DealChange change) =>
        base.Concerns(change) && change.Kind == DealChangeKind.Worked;

    protected override async Task OnDealChangedAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

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
        var confirmed = await Dialogs.ConfirmAsync(
            $"Remove {person.Name}?",
            "They leave the political map of every deal of this account. The timelines keep a record.",
            "Remove");
        if (!confirmed)
        {
            return;
        }

        var result = await Stakeholders.RemoveAsync(DealId, person.Id);
        _refusal = result.Succeeded ? null : string.Join(" ", result.AllMessages());
        await LoadAsync();
    }
}
