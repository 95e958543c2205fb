using DealDesk.Core.Common;
using DealDesk.Core.Kpis;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Kpis.Components;

/// <summary>Creates a KPI in a circle, or changes what one measures (name, target, unit). The Core rules run as the
/// user types and again in the service; a KPI changed by someone else meanwhile is not overwritten.</summary>
public sealed partial class KpiDialog
{
    private readonly DialogSave<KpiDraft> _save = new(new KpiDraftValidator());
    private MudForm? _form;
    private KpiDraft _draft = new();

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = null!;

    [Inject]
    private IKpiService Kpis { get; set; } = null!;

    /// <summary>The circle a new KPI goes into.</summary>
    [Parameter]
    public Guid CircleId { get; set; }

    /// <summary>The KPI to edit; <c>null</c> to create one.</summary>
    [Parameter]
    public KpiCard? Kpi { get; set; }

    /// <summary>Opens the dialog; <c>true</c> once something was saved.</summary>
    public static async Task<bool> OpenAsync(IDialogService dialogs, Guid circleId, KpiCard? kpi = null)
    {
        var parameters = new DialogParameters<KpiDialog> { { d => d.CircleId, circleId }, { d => d.Kpi, kpi } };
        return await FormDialog.ShowForSavedAsync(dialogs, kpi is null ? "New KPI" : $"Edit “{kpi.Name}”",
            parameters);
    }

    protected override void OnInitialized() =>
        _draft = Kpi is null
            ? new KpiDraft()
            : new KpiDraft
            {
                Name = Kpi.Name, Value = Kpi.Value, Target = Kpi.Target, Unit = Kpi.Unit, Direction = Kpi.Direction,
                Version = Kpi.Version,
            };

    private async Task SaveAsync()
    {
        // Field messages show under their fields; a conflict or a refusal above the buttons.
        if (await _save.SaveAsync(_form, _draft, Kpi?.Id, async id => await Kpis.EditAsync(id, _draft),
                () => Kpis.CreateAsync(CircleId, _draft)) is not null)
        {
            Dialog.Close(DialogResult.Ok(true));
        }
    }

    private void Cancel() => Dialog.Cancel();
}
