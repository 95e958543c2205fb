using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace DealDesk.Web.Components.Pages.Deals.Components;

/// <summary>One filter of the deal table: any number of choices out of <see cref="Options"/>, shown in the field as
/// "Proposal" or "Proposal +2".</summary>
/// <typeparam name="T">What is chosen: a stage's id, a value band, a priority.</typeparam>
public sealed partial class FilterSelect<T>
{
    private readonly string _id = "filter-" + Guid.NewGuid().ToString("N")[..8];
    private bool _open;

    /// <summary>The field's label, e.g. "Stage".</summary>
    [Parameter, EditorRequired]
    public string Label { get; set; } = "";

    /// <summary>The choices, in the order the list shows them.</summary>
    [Parameter]
    public IReadOnlyList<T> Options { get; set; } = [];

    /// <summary>The choices made.</summary>
    [Parameter]
    public IReadOnlyList<T> Selected { get; set; } = [];

    /// <summary>Raised with all the choices made after each pick or unpick.</summary>
    [Parameter]
    public EventCallback<IReadOnlyList<T>> SelectedChanged { get; set; }

    /// <summary>A choice in words; its <c>ToString()</c> when not given.</summary>
    [Parameter]
    public Func<T, string>? ToText { get; set; }

    /// <summary>The input's <c>data-testid</c>.</summary>
    [Parameter]
    public string? TestId { get; set; }

    /// <summary>The field's style (its width in the toolbar).</summary>
    [Parameter]
    public string? Style { get; set; }

    // "Proposal" for one choice, "Proposal +2" for several: the field stays one line wide. The first in the list's
    // order, so that the field reads the same whichever was picked first.
    private string Text
    {
        get
        {
            if (Selected.Count == 0)
            {
                return "";
            }

            var first = Options.Where(o => Selected.Contains(o)).DefaultIfEmpty(Selected[0]).First();
            return Selected.Count == 1 ? TextOf(first) : $"{TextOf(first)} +{Selected.Count - 1}";
        }
    }

    private string TextOf(T option) => ToText?.Invoke(option) ?? option?.ToString() ?? "";

    private void ToggleOpen() => _open = !_open;

    private void Close() => _open = false;

    private void OnKeyDown(KeyboardEventArgs key)
    {
        switch (key.Key)
        {
            case "Escape" or "Tab":
                _open = false;
                break;
            case "Enter" or " " or "ArrowDown":
                _open = true;
                break;
        }
    }

    private Task ChooseAsync(T option)
    {
        IReadOnlyList<T> chosen = Selected.Contains(option) ? [.. Selected.Where(s => !Equals(s, option))] : [.. Selected, option];
        return SelectedChanged.InvokeAsync(chosen);
    }
}
