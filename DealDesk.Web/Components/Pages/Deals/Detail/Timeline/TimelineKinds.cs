using DealDesk.Core.Deals.Timeline;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Deals.Detail.Timeline;

/// <summary>How each kind of timeline entry looks: its filter label, icon and colour.</summary>
public static class TimelineKinds
{
    /// <summary>The kinds offered as filter chips, in this order.</summary>
    public static IReadOnlyList<ActivityKind> All { get; } = Enum.GetValues<ActivityKind>();

    /// <summary>A short label for the filter chip.</summary>
    public static string Label(ActivityKind kind) => kind switch
    {
        ActivityKind.Created => "Created",
        ActivityKind.FieldChanged => "Field changes",
        ActivityKind.StageMoved => "Stage moves",
        ActivityKind.NoteAdded => "Notes",
        ActivityKind.TaskCreated => "Tasks created",
        ActivityKind.TaskCompleted => "Tasks completed",
        ActivityKind.TaskReopened => "Tasks reopened",
        ActivityKind.StakeholderAdded => "Stakeholders added",
        ActivityKind.StakeholderChanged => "Stakeholders changed",
        ActivityKind.PlanSaved => "Plans",
        ActivityKind.QualificationChanged => "MEDDPICC",
        ActivityKind.HealthChanged => "Health",
        _ => kind.ToString(),
    };

    /// <summary>The icon on the entry's dot.</summary>
    public static string Icon(ActivityKind kind) => kind switch
    {
        ActivityKind.Created => Icons.Material.Filled.AddCircle,
        ActivityKind.FieldChanged => Icons.Material.Filled.Edit,
        ActivityKind.StageMoved => Icons.Material.Filled.ArrowForward,
        ActivityKind.NoteAdded => Icons.Material.Filled.StickyNote2,
        ActivityKind.TaskCreated => Icons.Material.Filled.AddTask,
        ActivityKind.TaskCompleted => Icons.Material.Filled.TaskAlt,
        ActivityKind.TaskReopened => Icons.Material.Filled.Replay,
        ActivityKind.StakeholderAdded or ActivityKind.StakeholderChanged => Icons.Material.Filled.People,
        ActivityKind.PlanSaved => Icons.Material.Filled.Map,
        ActivityKind.QualificationChanged => Icons.Material.Filled.Checklist,
        ActivityKind.HealthChanged => Icons.Material.Filled.MonitorHeart,
        _ => Icons.Material.Filled.Circle,
    };

    /// <summary>The dot's colour.</summary>
    public static Color Color(ActivityKind kind) => kind switch
    {
        ActivityKind.Created => MudBlazor.Color.Primary,
        ActivityKind.StageMoved => MudBlazor.Color.Secondary,
        ActivityKind.TaskCompleted => MudBlazor.Color.Success,
        ActivityKind.HealthChanged => MudBlazor.Color.Warning,
        ActivityKind.NoteAdded => MudBlazor.Color.Info,
        _ => MudBlazor.Color.Default,
    };
}
