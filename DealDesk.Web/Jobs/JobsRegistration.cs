namespace DealDesk.Web.Jobs;

/// <summary>Registers every background job of the app in one place, each with its settings section, so that a reader
/// sees here all the work that runs without a user.</summary>
public static class JobsRegistration
{
    /// <summary>Adds the health refresher and daily pass (<c>Health</c>), the daily KPI snapshot
    /// (<c>KpiSnapshots</c>), the task-due reminders (<c>TaskReminders</c>) and the contact import worker.</summary>
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthSettings>().Bind(configuration.GetSection(HealthSettings.SectionName));
        services.AddHostedService<HealthRecalculationOnChange>();
        services.AddHostedService<HealthRecalculationDaily>();

        services.AddOptions<KpiSnapshotSettings>().Bind(configuration.GetSection(KpiSnapshotSettings.SectionName));
        services.AddHostedService<DailyKpiSnapshot>();

        services.AddOptions<TaskDueSettings>().Bind(configuration.GetSection(TaskDueSettings.SectionName));
        services.AddHostedService<TaskDueReminders>();

        services.AddHostedService<ContactImportWorker>();
        return services;
    }
}
