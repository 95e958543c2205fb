using DealDesk.Core.Common;
using DealDesk.Core.Intelligence.Qualification;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Deals.Detail.Intelligence;

/// <summary>One MEDDPICC element edited in place: status, score and summary, saved on their own with the version the
/// editor loaded. When someone else saved the element first, nothing is written: the editor says so and Reload shows
/// their values.</summary>
public sealed partial class MeddpiccElementEditor
{
    private static readonly ElementDraftValidator Validator = new();

    private MudForm? _form;
    private ElementDraft _draft = new();
    private ElementView? _shown;
    private bool _saving;
    private string? _conflict;

    [Inject]
    private IQualificationService Qualification { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    /// <summary>The deal.</summary>
    [Parameter, EditorRequired]
    public Guid DealId { get; set; }

    /// <summary>The element as saved.</summary>
    [Parameter, EditorRequired]
    public ElementView Element { get; set; } = null!;

    /// <summary>Evidence items tied to the element.</summary>
    [Parameter]
    public int EvidenceCount { get; set; }

    /// <summary>Raised after a successful save.</summary>
    [Parameter]
    public EventCallback Saved { get; set; }

    /// <summary>Raised when the user asks for the stored values after a conflict: the page reloads the element and
    /// passes it in again as <see cref="Element"/>.</summary>
    [Parameter]
    public EventCallback Reload { get; set; }

    private bool IsDirty => _shown is not null && (_draft.Status != _shown.Status || _draft.Score != _shown.Score
        || (_draft.Summary ?? "") != (_shown.Summary ?? ""));

    private string Footer =>
        (Element.UpdatedAt is { } at
            ? $"{Element.UpdatedByName ?? "Someone"}, {at:d MMM yyyy}"
            : "Not assessed yet")
        + (EvidenceCount > 0 ? $" · {EvidenceCount} evidence" : "");

    protected override void OnParametersSet()
    {
        // A reload caused by someone else must not wipe what the user is typing.
        if (_shown is null || (!IsDirty && !ReferenceEquals(_shown, Element)))
        {
            _shown = Element;
            _draft = new ElementDraft
            {
                Element = Element.Element, Status = Element.Status, Score = Element.Score, Summary = Element.Summary,
                Version = Element.Version,
            };
        }
    }

    private async Task SaveAsync()
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
        _conflict = null;
        try
        {
            var result = await Qualification.UpdateElementAsync(DealId, _draft);
            if (result.Status == ResultStatus.Conflict)
            {
                // The user's form stays as typed, next to the message, until they choose to reload.
                _conflict = result.Message;
                return;
            }

            if (!result.Succeeded)
            {
                Snackbar.Add(string.Join(" ", result.AllMessages()), Severity.Error);
                return;
            }

            // Taken as saved: the reload that follows brings the stored values.
            _shown = null;
            await Saved.InvokeAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>Drops the stale form and takes the element as the page loads it now.</summary>
    private async Task ReloadAsync()
    {
        _conflict = null;
        _shown = null;
        await Reload.InvokeAsync();
    }

    private static Color StatusColor(QualificationStatus status) => status switch
    {
        QualificationStatus.Confirmed => Color.Success,
        QualificationStatus.Partial => Color.Warning,
        _ => Color.Default,
    };
}
