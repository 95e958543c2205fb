namespace DealDesk.Web.Health;

/// <summary>Registers the background health work.</summary>
public static class HealthJobsRegistration
{
    /// <summary>Adds the change-feed refresher and the daily pass, configured from the <c>Health</c> section.</summary>
    public static IServiceCollection AddDealHealthJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthSettings>().Bind(configuration.GetSection(HealthSettings.SectionName));
        services.AddHostedService<HealthRefresher>();
        services.AddHostedService<DailyHealthRecalculation>();
        return services;
    }
}
