using DealDesk.Core.Plans;
using Microsoft.AspNetCore.Components;

namespace DealDesk.Web.Components.Shared;

/// <summary>The component side of <see cref="PlanEditor{TPlan}"/>, for either plan kind: one editor per deal or
/// account, made and loaded when the component is first given that owner and kept while it stays the same, so that a
/// re-render of the page does not drop the local edits.</summary>
/// <typeparam name="TPlan">The plan document.</typeparam>
public abstract class PlanEditorComponent<TPlan> : ComponentBase
    where TPlan : class
{
    private PlanEditor<TPlan>? _editor;

    /// <summary>The deal or account planned, as the component's parameter names it.</summary>
    protected abstract Guid OwnerId { get; }

    /// <summary>The editor of the current owner; only read once <see cref="Loaded"/>.</summary>
    protected PlanEditor<TPlan> Editor => _editor!;

    /// <summary>The latest version is on screen.</summary>
    protected bool Loaded => _editor?.Plan is not null;

    /// <summary>The owner was not found (or is not visible), so there is no plan to show.</summary>
    protected bool Missing { get; private set; }

    /// <summary>A new editor for <see cref="OwnerId"/>, with the plan kind's store and first draft.</summary>
    protected abstract PlanEditor<TPlan> CreateEditor();

    /// <summary>Reads what the plan kind's sections offer (owners, open deals) before the latest version is loaded,
    /// which a first draft may need.</summary>
    protected virtual Task LoadChoicesAsync() => Task.CompletedTask;

    /// <summary>After a conflict: drops the local edits for the version someone else saved.</summary>
    protected Task ReloadAsync() => Editor.LoadLatestAsync();

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (_editor?.OwnerId == OwnerId)
        {
            return;
        }

        _editor = CreateEditor();
        await LoadChoicesAsync();
        Missing = !await _editor.LoadLatestAsync();
    }
}
