namespace DealDesk.Web.Tasks;

/// <summary>Registers the background task work.</summary>
public static class TaskJobsRegistration
{
    /// <summary>Adds the task-due reminders, configured from the <c>TaskReminders</c> section.</summary>
    public static IServiceCollection AddTaskJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TaskDueSettings>().Bind(configuration.GetSection(TaskDueSettings.SectionName));
        services.AddHostedService<TaskDueReminders>();
        return services;
    }
}
