using DealDesk.Core.Common;
using DealDesk.Core.Pipeline;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Pipeline.Settings.Components;

/// <summary>Adds a stage or edits one (name, probability, rotting days; the kind is fixed once created). The
/// service's refusals (a taken name) show under their fields and the dialog stays open. An edit carries the version
/// it was opened with: when someone else saved the stage first, the dialog says so and Reload shows their values.
/// </summary>
public sealed partial class StageDialog
{
    // A conflict shows in its own notice, which offers to reload the stored values.
    private readonly DialogSave<StageDraft> _save = new(new StageDraftValidator(), conflictAsNotice: true);
    private StageDraft _draft = new();
    private MudForm? _form;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = null!;

    [Inject]
    private IPipelineSettingsService Pipeline { get; set; } = null!;

    /// <summary>The stage to edit; <c>null</c> to add one.</summary>
    [Parameter]
    public StageSetting? Stage { get; set; }

    private bool IsClosedKind => _draft.Kind != StageKind.Open;

    /// <summary>Opens the dialog; <c>true</c> when a stage was saved.</summary>
    public static async Task<bool> OpenAsync(IDialogService dialogs, StageSetting? stage = null)
    {
        var parameters = new DialogParameters<StageDialog> { { d => d.Stage, stage } };
        return await FormDialog.ShowForSavedAsync(dialogs, stage is null ? "Add stage" : $"Edit “{stage.Name}”",
            parameters);
    }

    protected override void OnInitialized() => _draft = Stage is null ? new StageDraft() : DraftOf(Stage);

    private static StageDraft DraftOf(StageSetting stage) => new()
    {
        Name = stage.Name,
        Kind = stage.Kind,
        DefaultProbability = stage.DefaultProbability,
        RottingDays = stage.RottingDays,
        Version = stage.Version,
    };

    /// <summary>Replaces the form with the stage as stored now, after a conflict.</summary>
    private async Task ReloadAsync()
    {
        var current = (await Pipeline.ListAsync()).FirstOrDefault(s => s.Id == Stage!.Id);
        _save.Clear();
        if (current is null)
        {
            _save.Errors.Show(Result.NotFound(StageMessages.NotFound), _draft);
            return;
        }

        _draft = DraftOf(current);
    }

    private void KindChanged(StageKind kind)
    {
        _draft.Kind = kind;
        // What the stage will store anyway: won is always 100 %, lost 0 %.
        _draft.DefaultProbability = kind switch
        {
            StageKind.Won => 100,
            StageKind.Lost => 0,
            _ => _draft.DefaultProbability is 0 or 100 ? new StageDraft().DefaultProbability : _draft.DefaultProbability,
        };
    }

    private async Task SaveAsync()
    {
        if (await _save.SaveAsync(_form, _draft, async () =>
                Stage is null ? await Pipeline.AddAsync(_draft) : await Pipeline.UpdateAsync(Stage.Id, _draft)))
        {
            Dialog.Close(DialogResult.Ok(true));
        }
    }

    private void Cancel() => Dialog.Cancel();
}
