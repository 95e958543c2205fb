using DealDesk.Core.Accounts;
using DealDesk.Core.Circles;
using DealDesk.Core.Contacts;
using DealDesk.Core.Contacts.Import;
using DealDesk.Core.Dashboard;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Notes;
using DealDesk.Core.Deals.Tasks;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Core.Intelligence;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Core.Intelligence.Qualification;
using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Core.Kpis;
using DealDesk.Core.Notifications;
using DealDesk.Core.Pipeline;
using DealDesk.Core.Plans;
using DealDesk.Data.Accounts;
using DealDesk.Data.Circles;
using DealDesk.Data.Contacts;
using DealDesk.Data.Contacts.Import;
using DealDesk.Data.Dashboard;
using DealDesk.Data.Deals;
using DealDesk.Data.Deals.Notes;
using DealDesk.Data.Deals.Tasks;
using DealDesk.Data.Deals.Timeline;
using DealDesk.Data.Intelligence;
using DealDesk.Data.Intelligence.Health;
using DealDesk.Data.Intelligence.Qualification;
using DealDesk.Data.Intelligence.Stakeholders;
using DealDesk.Data.Kpis;
using DealDesk.Data.Notifications;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Pipeline;
using DealDesk.Data.Plans;
using DealDesk.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DealDesk.Data;

public static class DependencyInjection
{
    /// <summary>Registers the database, the per-user context factory, the Core service implementations and
    /// the startup initializer. The host must register an <c>ICurrentUser</c>.</summary>
    public static IServiceCollection AddDealDeskData(this IServiceCollection services, IConfiguration configuration,
        string contentRoot)
    {
        services.AddOptions<DatabaseSettings>().Bind(configuration.GetSection(DatabaseSettings.SectionName));
        services.AddOptions<DemoSettings>().Bind(configuration.GetSection(DemoSettings.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => DealDeskDatabase.FromSettings(
            sp.GetRequiredService<IOptions<DatabaseSettings>>().Value, contentRoot, sp.GetRequiredService<TimeProvider>()));

        services.AddScoped<IDbContextFactory<DealDeskDbContext>, CurrentUserDbContextFactory>();
        // Identity's stores take a context per request or circuit rather than per operation.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<DealDeskDbContext>>().CreateDbContext());

        services.AddScoped<IDashboardService, DashboardService>();
        services.AddScoped<IDealQueries, DealQueries>();
        services.AddScoped<IDealService, DealService>();
        services.AddScoped<IPipelineBoardQueries, PipelineBoardQueries>();
        services.AddScoped<IAccountService, AccountService>();
        services.AddScoped<ICircleAccess, CircleAccess>();
        services.AddScoped<ICircleAdminService, CircleAdminService>();
        services.AddScoped<ICircleMemberService, CircleMemberService>();
        services.AddScoped<ICircleInvitationService, CircleInvitationService>();
        services.AddScoped<IPipelineSettingsService, PipelineSettingsService>();
        services.AddScoped<ITimelineQueries, TimelineQueries>();
        services.AddScoped<IDealTaskService, DealTaskService>();
        services.AddScoped<IDealNoteService, DealNoteService>();
        services.AddScoped<INotificationService, NotificationService>();
        services.AddScoped<IDealHealthService, DealHealthService>();
        services.AddScoped<IQualificationService, QualificationService>();
        services.AddScoped<IDealIntelligenceService, DealIntelligenceService>();
        services.AddSingleton<SystemHealthRecalculation>();
        services.AddScoped<IStakeholderService, StakeholderService>();
        services.AddScoped<IOpportunityPlanService, OpportunityPlanService>();
        services.AddScoped<IAccountPlanService, AccountPlanService>();
        services.AddScoped<IContactQueries, ContactQueries>();
        services.AddScoped<IContactService, ContactService>();
        services.AddScoped<IContactNoteService, ContactNoteService>();
        services.AddScoped<ILeadConversionService, LeadConversionService>();
        services.AddSingleton<ContactImportJobs>();
        services.AddSingleton<ContactImportRunner>();
        services.AddScoped<IContactImportService, ContactImportService>();
        services.AddScoped<IKpiService, KpiService>();
        services.AddSingleton<KpiSnapshotJob>();
        services.AddSingleton<TaskDueJob>();

        services.AddSingleton<DemoDataSeeder>();
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }
}
