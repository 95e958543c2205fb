using DealDesk.Core.Pipeline;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Pipeline.Settings;

/// <summary>How stage kinds read and look on screen.</summary>
public static class StageLabels
{
    /// <summary>"Open", "Won" or "Lost".</summary>
    public static string Kind(StageKind kind) => kind switch
    {
        StageKind.Won => "Won",
        StageKind.Lost => "Lost",
        _ => "Open",
    };

    /// <summary>Won green, lost red, open neutral.</summary>
    public static Color Color(StageKind kind) => kind switch
    {
        StageKind.Won => MudBlazor.Color.Success,
        StageKind.Lost => MudBlazor.Color.Error,
        _ => MudBlazor.Color.Default,
    };

    /// <summary>Why a closed stage's probability cannot be edited.</summary>
    public static string ProbabilityHelp(StageKind kind) => kind switch
    {
        StageKind.Won => "Won stages are always 100 %",
        StageKind.Lost => "Lost stages are always 0 %",
        _ => "Deals entering the stage take this probability",
    };
}
