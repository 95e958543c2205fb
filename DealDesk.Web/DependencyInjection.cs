using DealDesk.Core.Common;
using DealDesk.Data;
using DealDesk.Data.Identity;
using DealDesk.Data.Persistence;
using DealDesk.Web.Components.Shared;
using DealDesk.Web.Feeds;
using DealDesk.Web.Identity;
using DealDesk.Web.Jobs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using MudBlazor.Services;

namespace DealDesk.Web;

public static class DependencyInjection
{
    /// <summary>Reads the repository-root appsettings.json that the build copies next to the app, in the
    /// place of the content root's (there is none), so environment variables and the command line still win.</summary>
    public static WebApplicationBuilder UseRootAppSettings(this WebApplicationBuilder builder)
    {
        var sources = builder.Configuration.Sources;
        var index = sources.ToList().FindIndex(s => s is JsonConfigurationSource { Path: "appsettings.json" });
        sources.Insert(index < 0 ? 0 : index, new JsonConfigurationSource
        {
            Path = "appsettings.json",
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Optional = false,
        });
        return builder;
    }

    /// <summary>Registers the UI, sign-in, the current user and the data layer.</summary>
    public static IServiceCollection AddDealDeskWeb(this IServiceCollection services, IConfiguration configuration,
        IWebHostEnvironment environment)
    {
        // The hub keeps SignalR's default 32 KB limit per message on purpose: every text field is bounded in the
        // browser (maxlength) and in Core to at most 4,000 characters (a note; at most 12 KB as UTF-8), so no
        // legitimate entry comes near it, while a larger limit only widens what one message can make the server hold.
        services.AddRazorComponents().AddInteractiveServerComponents();
        // How long, and how many, circuits of vanished tabs are kept for a reconnect: see "Circuits" in appsettings.json.
        services.AddOptions<CircuitOptions>().Bind(configuration.GetSection("Circuits"))
            .Validate(circuits => circuits.DisconnectedCircuitRetentionPeriod >= TimeSpan.Zero
                && circuits.DisconnectedCircuitMaxRetained >= 0, "Circuits: the retention and the count must not be negative.")
            .ValidateOnStart();
        services.AddMudServices();

        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<CircuitHandler, CurrentUserCircuitHandler>();
        services.AddScoped<CurrentCircle>();
        services.AddDealDeskData(configuration, environment.ContentRootPath);
        services.AddLiveFeeds();
        services.AddBackgroundJobs(configuration);

        // Outside Development (Program.cs): a browser that once reached DealDesk over HTTPS stays on HTTPS for a year.
        services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            // A signed-in user refused a page (e.g. a rep opening the pipeline settings) is told why, not asked to
            // sign in again.
            cookie.AccessDeniedPath = "/access-denied";
            // Signing in on the sign-in page redirects to its ReturnUrl; a Location header takes ASCII only, so a
            // "/contacts?q=José" would fail the request. Escape it (and keep it within DealDesk).
            cookie.Events.OnRedirectToReturnUrl = context =>
            {
                context.Response.Redirect(ReturnUrls.LocalOrHome(context.RedirectUri));
                return Task.CompletedTask;
            };
        });
        // Every page and endpoint requires a signed-in user unless it opts out with [AllowAnonymous].
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(DealDeskPolicies.WorkspaceAdmin, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(DealDeskClaims.IsWorkspaceAdmin, "true"));

        // The security stamp is checked on every request, so sign-out, a password change or a lockout ends every
        // cookie of the user at once (one user read per request; the default checks every 30 minutes).
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.Zero);
        services.AddSingleton<UnknownEmailSignIns>();
        services.AddScoped<PasswordSignIn>();
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                // Unique per workspace only, by the users' (WorkspaceId, NormalizedEmail) index (ADR 0007).
                options.User.RequireUniqueEmail = false;
                // Length beats composition rules (NIST SP 800-63B): at least 8 characters, nothing else.
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddEntityFrameworkStores<DealDeskDbContext>()
            .AddUserManager<StampRenewingUserManager>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<DealDeskClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        return services;
    }
}
