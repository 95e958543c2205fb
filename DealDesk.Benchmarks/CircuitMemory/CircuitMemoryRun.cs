using System.Globalization;
using DealDesk.Data.Seeding;
using Microsoft.Playwright;

namespace DealDesk.Benchmarks.CircuitMemory;

/// <summary>What one more open /deals page costs the server: the app's GC heap after a full collection with 0, 20,
/// 50 and 100 signed-in /deals pages open (each showing its rows), and the per-circuit cost as the slope of a least
/// squares line through those points. <c>-- --circuit-memory [--pages 0,20,50,100] [--database copy-of.db]</c>.
/// </summary>
/// <remarks>Without <c>--database</c> the app seeds a fresh demo workspace (600 deals) into a file of its own; with it,
/// the given file (e.g. the 100,000-deal benchmark database) is copied first and the copy used, never the original.
/// </remarks>
internal static class CircuitMemoryRun
{
    private const string Rep = "rep@dealdesk.demo";

    // As the browser tests start it: without the networking switches Chromium keeps trying to reach the internet.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-renderer-backgrounding",
        "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
    ];

    public static async Task RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        var folder = Path.Combine(Path.GetTempPath(), "dealdesk-circuit-memory");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var databasePath = Path.Combine(folder, "dealdesk.db");
        if (options.Database is { } source)
        {
            Console.WriteLine($"// Copying {source}");
            File.Copy(source, databasePath);
            if (File.Exists(source + "-wal"))
            {
                File.Copy(source + "-wal", databasePath + "-wal");
            }
        }

        Console.WriteLine("// Building and starting the web app (Release)");
        await using var app = await AppProcess.StartAsync(databasePath, Path.Combine(folder, "app.log"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = options.Chromium, Headless = true, Args = ChromiumArgs,
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.Address.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);

        // One sign-in for all pages (they share its cookie); its own page stays open on the dashboard throughout, so
        // it weighs the same in every point and only the /deals pages make the difference.
        var home = await context.NewPageAsync();
        await SignInAsync(home);
        // A first /deals page warms up the app (JIT, caches, the first queries); it too stays open in every point.
        await OpenDealsAsync(context);

        var heap = new GcHeap(app.Id, folder);
        var points = new List<Point>();
        var open = 0;
        foreach (var target in options.Pages)
        {
            while (open < target)
            {
                await OpenDealsAsync(context);
                open++;
            }

            var dump = await heap.MeasureAsync($"pages-{target}");
            points.Add(new Point(target, dump.Bytes, dump.Components));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{target,4} /deals pages: GC heap {dump.Bytes / 1024.0 / 1024.0,8:F2} MB, {dump.Components,7:N0} live components"));
        }

        Report(points, options, folder);
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#email", Rep);
        await page.FillAsync("#password", DemoSettings.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await page.Locator("[data-interactive=yes]").WaitForAsync();
    }

    // The table shows rows only once its circuit is up (the prerender shows a progress bar), so a visible row means a
    // live circuit holding a full page of the table.
    private static async Task OpenDealsAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/deals");
        await page.GetByTestId("cell-name").First.WaitForAsync();
    }

    private static void Report(IReadOnlyList<Point> points, Options options, string folder)
    {
        var bytes = Slope(points, p => p.Bytes);
        var components = Slope(points, p => p.Components);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Per /deals circuit (slope over {string.Join('/', options.Pages)} pages): {bytes / 1024:F0} KB, {components:F0} live components"));
        Console.WriteLine($"Database: {options.Database ?? "a fresh demo workspace (600 deals)"}; dumps and the app's log in {folder}");
    }

    // Least squares: the cost of one more page, whatever the fixed cost of the app and the two pages always open.
    private static double Slope(IReadOnlyList<Point> points, Func<Point, double> y)
    {
        var meanX = points.Average(p => p.Pages);
        var meanY = points.Average(y);
        var covariance = points.Sum(p => (p.Pages - meanX) * (y(p) - meanY));
        var variance = points.Sum(p => (p.Pages - meanX) * (p.Pages - meanX));
        return covariance / variance;
    }

    private sealed record Point(int Pages, long Bytes, long Components);

    private sealed record Options(IReadOnlyList<int> Pages, string? Database, string Chromium)
    {
        public static Options Parse(string[] args)
        {
            IReadOnlyList<int> pages = [0, 20, 50, 100];
            string? database = null;
            var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured
                ? configured
                : "/usr/bin/chromium";
            for (var i = 0; i < args.Length - 1; i += 2)
            {
                switch (args[i])
                {
                    case "--pages":
                        pages = [.. args[i + 1].Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).Order()];
                        break;
                    case "--database":
                        database = Path.GetFullPath(args[i + 1]);
                        break;
                    default:
                        throw new ArgumentException($"Unknown option {args[i]}: use --pages 0,20,50,100 and --database file.");
                }
            }

            if (pages.Count < 2)
            {
                throw new ArgumentException("--pages needs at least two numbers for a slope.");
            }

            return new Options(pages, database, chromium);
        }
    }
}
