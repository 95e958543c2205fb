using DealDesk.Core.Common;
using DealDesk.Core.Kpis;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Kpis.Components;

/// <summary>"Update value" on a KPI card: a small inline field with Save. The value is checked by the Core rule as it
/// is typed and again by the service; the saved KPI goes back to the page so the card shows its new value, trend and
/// change at once. A KPI changed by someone else meanwhile is not overwritten: the user is told and the page reloads.
/// </summary>
public sealed partial class KpiQuickUpdate
{
    private readonly FormErrors<KpiValueDraft> _errors = new(new KpiValueDraftValidator());
    private KpiValueDraft _draft = new();
    private MudForm? _form;
    private bool _editing;
    private readonly DialogSave _save = new();
    private string? _message;

    [Inject]
    private IKpiService Kpis { get; set; } = null!;

    /// <summary>The KPI to update; its version guards the save.</summary>
    [Parameter, EditorRequired]
    public KpiCard Card { get; set; } = null!;

    /// <summary>Raised with the KPI as saved.</summary>
    [Parameter]
    public EventCallback<KpiCard> OnUpdated { get; set; }

    /// <summary>Raised when the KPI was changed by someone else since it was shown.</summary>
    [Parameter]
    public EventCallback OnStale { get; set; }

    private void Open()
    {
        _draft = new KpiValueDraft { Value = Card.Value };
        _errors.Clear();
        _message = null;
        _editing = true;
    }

    private void Cancel()
    {
        _editing = false;
        _message = null;
    }

    private async Task OnKeyDown(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            await SaveAsync();
        }
        else if (e.Key == "Escape")
        {
            Cancel();
        }
    }

    private async Task SaveAsync()
    {
        if (_form is null || _save.Saving)
        {
            return;
        }

        await _form.ValidateAsync();
        if (!_form.IsValid)
        {
            return;
        }

        _message = null;
        var result = await _save.RunAsync(() => Kpis.UpdateValueAsync(Card.Id, _draft.Value!.Value, Card.Version));
        if (result.Succeeded)
        {
            _editing = false;
            await OnUpdated.InvokeAsync(result.Value!);
            return;
        }

        if (result.Status == ResultStatus.Invalid && result.FieldErrors.ContainsKey(nameof(KpiValueDraft.Value)))
        {
            _errors.Show(result, _draft);
            await _form.ValidateAsync();
            return;
        }

        _message = result.Message;
        _editing = false;
        if (result.Status is ResultStatus.Conflict or ResultStatus.NotFound)
        {
            await OnStale.InvokeAsync();
        }
    }
}
