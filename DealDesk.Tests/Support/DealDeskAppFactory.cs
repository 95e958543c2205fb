using DealDesk.Data;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DealDesk.Tests.Support;

/// <summary>The real app, started the way <c>dotnet run</c> starts it (migrate, seed a small demo data set),
/// on its own temporary SQLite file. With a real server it listens on a free loopback port
/// so that a browser can reach it.</summary>
public sealed class DealDeskAppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dealdesk-tests-").FullName;

    private readonly string _environment;

    /// <param name="realServer">Listen on a loopback port (for a browser) instead of the in-memory test server.</param>
    /// <param name="environment">The hosting environment; Development unless a test needs production's pipeline.</param>
    public DealDeskAppFactory(bool realServer = false, string environment = "Development")
    {
        _environment = environment;
        if (realServer)
        {
            UseKestrel(0);
        }
    }

    /// <summary>Where the real server listens, e.g. http://127.0.0.1:41234.</summary>
    public Uri ServerAddress =>
        new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Every line the app logged (at the levels its configuration lets through), for tests that assert the
    /// log stays free of warnings and errors.</summary>
    public RecordingLoggerProvider Log { get; } = new();

    /// <summary>The app's open Blazor circuits, for waiting until the server has ended those of closed tabs.</summary>
    public CircuitCounter Circuits { get; } = new();

    /// <summary>The app's database, for arranging and checking data behind the UI's back.</summary>
    public DealDeskDatabase Database => Services.GetRequiredService<DealDeskDatabase>();

    /// <summary>The scope the demo user with <paramref name="email"/> acts in.</summary>
    public Task<TenantScope> ScopeOfAsync(string email) => Database.ScopeOfUserAsync(email);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("Database:SqlitePath", Path.Combine(_folder, "dealdesk.db"));
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Accounts", "15");
        builder.UseSetting("Demo:Deals", "150");
        builder.UseSetting("Demo:Contacts", "40");
        builder.UseSetting("Demo:Kpis", "6");
        builder.UseSetting("Demo:KpiHistoryDays", "30");
        // The reminders would add notifications at a moment of their own while a test counts a user's unread ones;
        // the job itself is tested directly (OwnerNotificationTests).
        builder.UseSetting("TaskReminders:CheckInterval", "00:00:00");
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        builder.ConfigureServices(services => services.AddSingleton<CircuitHandler>(Circuits));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
