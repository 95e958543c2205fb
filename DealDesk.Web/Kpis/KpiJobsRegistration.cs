namespace DealDesk.Web.Kpis;

/// <summary>Registers the background KPI work.</summary>
public static class KpiJobsRegistration
{
    /// <summary>Adds the daily snapshot, configured from the <c>KpiSnapshots</c> section.</summary>
    public static IServiceCollection AddKpiJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KpiSnapshotSettings>().Bind(configuration.GetSection(KpiSnapshotSettings.SectionName));
        services.AddHostedService<DailyKpiSnapshot>();
        return services;
    }
}
