using DealDesk.Core.Common;
using DealDesk.Core.Pipeline;
using DealDesk.Web.Components.Pages.Pipeline.Settings.Components;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Pipeline.Settings;

/// <summary>Workspace admins shape the pipeline: add, edit, reorder and delete stages. The service enforces every
/// rule again; its refusals are shown above the list as it words them.</summary>
public sealed partial class PipelineSettingsPage
{
    private string? _refusal;

    [Inject]
    private IPipelineSettingsService Pipeline { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    /// <summary>The stages in order; kept from the prerender.</summary>
    [PersistentState]
    public List<StageSetting>? Stages { get; set; }

    protected override async Task OnInitializedAsync() => Stages ??= [.. await Pipeline.ListAsync()];

    /// <summary>A stage moves only within its kind's group: open stages stay before won, won before lost.</summary>
    private bool CanMove(int index, int step) =>
        RendererInfo.IsInteractive
        && Stages is not null
        && index + step >= 0
        && index + step < Stages.Count
        && Stages[index + step].Kind == Stages[index].Kind;

    private async Task AddAsync()
    {
        _refusal = null;
        if (await StageDialog.OpenAsync(Dialogs))
        {
            await ReloadAsync("Stage added.");
        }
    }

    private async Task EditAsync(StageSetting stage)
    {
        _refusal = null;
        if (await StageDialog.OpenAsync(Dialogs, stage))
        {
            await ReloadAsync("Stage saved.");
        }
    }

    private async Task MoveAsync(int index, int step)
    {
        _refusal = null;
        var ids = Stages!.Select(s => s.Id).ToList();
        (ids[index], ids[index + step]) = (ids[index + step], ids[index]);
        await ShowAsync(await Pipeline.ReorderAsync(ids), success: null);
    }

    private async Task DeleteAsync(StageSetting stage)
    {
        _refusal = null;
        // Told before any "cannot be undone": a stage that still holds deals (or is the last of its kind) cannot go,
        // so there is nothing to confirm. The service checks again, for deals moved in since the page loaded.
        if (StageDeletion.WhyNot(stage, Stages!) is { } whyNot)
        {
            await Dialogs.ShowMessageBoxAsync(new MessageBoxOptions
            {
                Title = $"“{stage.Name}” can't be deleted",
                Message = whyNot,
                YesText = "OK",
            });
            return;
        }

        var confirmed = await Dialogs.ConfirmAsync(
            $"Delete “{stage.Name}”?",
            "The stage disappears from the pipeline of every circle. Past stage moves still show its name. This cannot be undone.",
            "Delete");
        if (confirmed)
        {
            await ShowAsync(await Pipeline.DeleteAsync(stage.Id), $"“{stage.Name}” deleted.");
        }
    }

    private async Task ShowAsync(Result result, string? success)
    {
        if (!result.Succeeded)
        {
            _refusal = string.Join(" ", result.AllMessages());
        }

        // Reloaded either way: a refusal may come from a change someone else made meanwhile.
        await ReloadAsync(result.Succeeded ? success : null);
    }

    private async Task ReloadAsync(string? success)
    {
        Stages = [.. await Pipeline.ListAsync()];
        if (success is not null)
        {
            Snackbar.Add(success, Severity.Success);
        }
    }
}
