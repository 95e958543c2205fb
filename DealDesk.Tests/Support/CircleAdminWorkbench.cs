using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Data;
using DealDesk.Data.Circles;
using DealDesk.Data.Identity;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DealDesk.Tests.Support;

/// <summary>The circle administration as one user's request or circuit gets it: the services, the circle access and
/// Identity's user manager over the same scope's context, on a real SQLite database, with every log line kept.</summary>
public sealed class CircleAdminWorkbench : IAsyncDisposable
{
    private readonly ServiceProvider _root;
    private readonly AsyncServiceScope _scope;

    private CircleAdminWorkbench(ServiceProvider root, RecordingLoggerProvider log)
    {
        _root = root;
        _scope = root.CreateAsyncScope();
        Log = log;
    }

    public RecordingLoggerProvider Log { get; }

    public ICircleAdminService Service => _scope.ServiceProvider.GetRequiredService<ICircleAdminService>();

    public ICircleMemberService Members => _scope.ServiceProvider.GetRequiredService<ICircleMemberService>();

    public ICircleInvitationService Invitations => _scope.ServiceProvider.GetRequiredService<ICircleInvitationService>();

    public ICircleAccess Access => _scope.ServiceProvider.GetRequiredService<ICircleAccess>();

    public UserManager<ApplicationUser> Users => _scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

    /// <summary>The warnings that say a permission was refused.</summary>
    public IReadOnlyList<LoggedEntry> Denials =>
        [.. Log.Entries.Where(e => e.Level == LogLevel.Warning && e.Message.StartsWith("Permission denied", StringComparison.Ordinal))];

    /// <param name="sqlite">The database.</param>
    /// <param name="scope">Who acts.</param>
    /// <param name="access">Replaces the real circle access, to stage a race the real one cannot.</param>
    public static CircleAdminWorkbench For(SqliteTestDatabase sqlite, TenantScope scope,
        Func<IServiceProvider, ICircleAccess>? access = null)
    {
        var log = new RecordingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(log).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton(sqlite.Database);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ICurrentUser>(_ => new TestCurrentUser(scope));
        services.AddScoped<IDbContextFactory<DealDeskDbContext>, CurrentUserDbContextFactory>();
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<DealDeskDbContext>>().CreateDbContext());
        // The app's Identity options that matter here (DealDesk.Web/DependencyInjection.cs).
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                // Unique per workspace only, by the users' (WorkspaceId, NormalizedEmail) index (ADR 0007).
                options.User.RequireUniqueEmail = false;
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<DealDeskDbContext>();
        if (access is null)
        {
            services.AddScoped<ICircleAccess, CircleAccess>();
        }
        else
        {
            services.AddScoped(access);
        }

        services.AddScoped<ICircleAdminService, CircleAdminService>();
        services.AddScoped<ICircleMemberService, CircleMemberService>();
        services.AddScoped<ICircleInvitationService, CircleInvitationService>();
        return new CircleAdminWorkbench(services.BuildServiceProvider(validateScopes: true), log);
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _root.DisposeAsync();
    }
}
