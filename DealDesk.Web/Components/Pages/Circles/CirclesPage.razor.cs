using DealDesk.Core.Circles;
using DealDesk.Web.Components.Pages.Circles.Components;
using DealDesk.Web.Identity;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Circles;

/// <summary>The circles the user sees (workspace admins: all of them) with their member counts and the user's role;
/// workspace admins create and rename circles here.</summary>
public sealed partial class CirclesPage
{
    [Inject]
    private ICircleAdminService CircleAdmin { get; set; } = null!;

    [Inject]
    private CurrentUser User { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    /// <summary>The circles by name; kept from the prerender.</summary>
    [PersistentState]
    public List<CircleSummary>? Circles { get; set; }

    protected override async Task OnInitializedAsync() => Circles ??= [.. await CircleAdmin.ListAsync()];

    private async Task NewCircleAsync()
    {
        if (await CircleDialog.OpenAsync(Dialogs) is { } id)
        {
            Navigation.NavigateTo($"/circles/{id}");
        }
    }

    private async Task EditAsync(CircleSummary circle)
    {
        if (await CircleDialog.OpenAsync(Dialogs, circle.Id, circle.Name, circle.Description, circle.Version)
            is not null)
        {
            Circles = [.. await CircleAdmin.ListAsync()];
            Snackbar.Add("Circle saved.", Severity.Success);
        }
    }
}
