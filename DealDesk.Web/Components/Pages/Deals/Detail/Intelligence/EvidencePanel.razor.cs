using DealDesk.Core.Intelligence.Qualification;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Deals.Detail.Intelligence;

/// <summary>The evidence behind a deal's MEDDPICC: the list with a remove button per item, and a form to add one.
/// </summary>
public sealed partial class EvidencePanel
{
    private static readonly EvidenceDraftValidator Validator = new();

    private MudForm? _form;
    private EvidenceDraft _draft = new();
    private bool _saving;

    [Inject]
    private IQualificationService Qualification { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    /// <summary>The deal.</summary>
    [Parameter, EditorRequired]
    public Guid DealId { get; set; }

    /// <summary>The deal's evidence, newest first.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<EvidenceView> Evidence { get; set; } = [];

    /// <summary>Raised after evidence was added or removed.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    private DateTime? ObservedOn
    {
        get => _draft.ObservedOn?.ToDateTime(TimeOnly.MinValue);
        set => _draft.ObservedOn = value is { } d ? DateOnly.FromDateTime(d) : null;
    }

    protected override void OnInitialized() =>
        _draft.ObservedOn = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    private async Task AddAsync()
    {
        if (_form is not null)
        {
            await _form.ValidateAsync();
            if (!_form.IsValid)
            {
                return;
            }
        }

        _saving = true;
        try
        {
            var result = await Qualification.AddEvidenceAsync(DealId, _draft);
            if (!result.Succeeded)
            {
                Snackbar.Add(string.Join(" ", result.AllMessages()), Severity.Error);
                return;
            }

            _draft = new EvidenceDraft { ObservedOn = _draft.ObservedOn };
            await Changed.InvokeAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task RemoveAsync(Guid evidenceId)
    {
        var result = await Qualification.RemoveEvidenceAsync(DealId, evidenceId);
        if (!result.Succeeded)
        {
            Snackbar.Add(result.Message ?? "The evidence could not be removed.", Severity.Error);
        }

        await Changed.InvokeAsync();
    }
}
