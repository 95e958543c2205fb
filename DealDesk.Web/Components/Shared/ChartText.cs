using System.Net;

namespace DealDesk.Web.Components.Shared;

/// <summary>Text for a <c>MudChart</c>'s axes. MudBlazor 9.12 writes the x-axis labels (<c>ChartLabels</c>) and the
/// y-axis values (<c>YAxisToStringFunc</c>, <c>YAxisFormat</c>) into the chart's SVG as raw markup
/// (<c>BaseAxisChart</c> builds each <c>&lt;text&gt;</c> element as a <c>MarkupString</c>), unlike its legend and
/// tooltips, which it writes as text. Anything a user typed (a stage name) would run there as HTML, so every axis
/// text goes through here. Series names need nothing: the legend encodes them.</summary>
public static class ChartText
{
    /// <summary>The text, encoded so that the chart shows it literally, e.g. <c>"R&amp;D &lt;b&gt;"</c> shows
    /// as typed rather than as markup.</summary>
    public static string Axis(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>Axis labels for <c>ChartLabels</c>, each encoded as <see cref="Axis(string?)"/>.</summary>
    public static string[] Labels(IEnumerable<string> labels) => labels.Select(Axis).ToArray();
}
