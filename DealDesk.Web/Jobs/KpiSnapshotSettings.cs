using DealDesk.Data.Kpis;

namespace DealDesk.Web.Jobs;

/// <summary>The <c>KpiSnapshots</c> section of appsettings.json: when the daily KPI snapshot is taken.</summary>
public sealed class KpiSnapshotSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "KpiSnapshots";

    /// <summary>How often the job looks for KPIs without today's snapshot; zero or less turns it off. Shorter than a
    /// day on purpose: a pass that finds today done costs one query per workspace, and a restart or a missed tick
    /// never skips a day.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Wait after start-up before the first pass, so it does not compete with the first page loads.</summary>
    public TimeSpan FirstRunDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>KPIs read and written per batch.</summary>
    public int BatchSize { get; set; } = Data.Kpis.KpiSnapshotJob.DefaultBatchSize;
}
