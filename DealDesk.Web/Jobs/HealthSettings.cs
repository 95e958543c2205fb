using DealDesk.Data.Intelligence.Health;

namespace DealDesk.Web.Jobs;

/// <summary>The <c>Health</c> section of appsettings.json: when deal health is recalculated in the background.
/// </summary>
public sealed class HealthSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Health";

    /// <summary>Time between two passes over every open deal; zero or less turns the daily pass off.</summary>
    public TimeSpan RecalculationInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Wait after start-up before the first pass, so it does not compete with the first page loads.</summary>
    public TimeSpan FirstRunDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Deals read and written per batch of the daily pass.</summary>
    public int BatchSize { get; set; } = Data.Intelligence.Health.SystemHealthRecalculation.DefaultBatchSize;

    /// <summary>How long the refresher waits after a change before recalculating, so that a burst of changes to
    /// the same deal (an edit, then a task, then a note) costs one recalculation.</summary>
    public TimeSpan CoalesceWindow { get; set; } = TimeSpan.FromMilliseconds(500);
}
