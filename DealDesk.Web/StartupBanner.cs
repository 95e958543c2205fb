using DealDesk.Data.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace DealDesk.Web;

/// <summary>Tells whoever ran the app where to open it and how to sign in.</summary>
internal static class StartupBanner
{
    public static void PrintWhenStarted(WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            Console.WriteLine();
            Console.WriteLine("DealDesk is running. Open:");
            foreach (var address in addresses)
            {
                Console.WriteLine($"    {address}");
            }

            if (app.Services.GetRequiredService<IOptions<DemoSettings>>().Value.Seed)
            {
                Console.WriteLine($"Demo sign-ins (password {DemoSettings.Password}):");
                foreach (var email in DemoSettings.SignIns)
                {
                    Console.WriteLine($"    {email}");
                }
            }

            Console.WriteLine();
        });
}
