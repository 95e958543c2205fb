using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Web.Components.Pages.Pipeline.Components;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Deals.Detail;

/// <summary>The deal page's header: name, account, a stage that can be changed from here, value, owner, close date
/// and the next step (the earliest open task).</summary>
public sealed partial class DealHeader
{
    private bool _moving;
    private string? _message;

    [Inject]
    private IDealService Deals { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    /// <summary>The deal shown, with the version a stage change is made against.</summary>
    [Parameter, EditorRequired]
    public DealRow Deal { get; set; } = null!;

    /// <summary>The stages the deal can move to, in pipeline order.</summary>
    [Parameter]
    public IReadOnlyList<StageOption> Stages { get; set; } = [];

    /// <summary>The day an overdue next step is measured against.</summary>
    [Parameter, EditorRequired]
    public DateOnly Today { get; set; }

    /// <summary>Called after the deal was moved, so the page reloads it.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    /// <summary>Called when the user asks to edit the deal.</summary>
    [Parameter]
    public EventCallback EditRequested { get; set; }

    private Task Edit() => EditRequested.InvokeAsync();

    private async Task MoveAsync(StageOption stage)
    {
        string? reason = null;
        if (stage.Kind == StageKind.Lost && (reason = await LostReasonDialog.AskAsync(Dialogs, Deal.Name)) is null)
        {
            return;
        }

        _moving = true;
        var result = await Deals.MoveAsync(Deal.Id, stage.Id, reason, Deal.Version);
        _moving = false;
        _message = result.Succeeded ? null : result.Message;
        if (result.Succeeded)
        {
            await Changed.InvokeAsync();
        }
    }
}
