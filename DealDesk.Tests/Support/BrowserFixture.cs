using Microsoft.Playwright;

namespace DealDesk.Tests.Support;

/// <summary>The app on a real port and a headless Chromium driven by Playwright, shared by a test class.</summary>
/// <remarks>Playwright cannot download browsers here, so it drives the system's Chromium. Without one the
/// tests are skipped with the reason shown, unless DEALDESK_REQUIRE_BROWSER is set (CI), where they fail.</remarks>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumCandidates =
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    // Without the networking switches Chromium keeps trying to reach the internet, which this sandbox refuses.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _skipReason;

    public DealDeskAppFactory App { get; } = new(realServer: true);

    /// <summary>Screenshots taken by the tests, for a person to look at.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured
            ? configured
            : ChromiumCandidates.FirstOrDefault(File.Exists);
        if (chromium is null || !File.Exists(chromium))
        {
            _skipReason = $"No Chromium found (looked at CHROMIUM_PATH and {string.Join(", ", ChromiumCandidates)}); " +
                "install it with 'apt-get install chromium' to run the browser tests.";
            return;
        }

        // Every browser class runs its own server inside this one test process, next to the other tests: on two cores
        // the thread pool would otherwise add threads one at a time while requests wait.
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), Math.Max(completionPorts, 32));
        // Assertions wait as long as actions do: with every browser journey of the suite running at once on two cores,
        // a save and its reload can take longer than Playwright's default five seconds to show.
        Assertions.SetDefaultExpectTimeout(15_000);
        App.StartServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (no cookies) with one page, addressed relative to the app.</summary>
    public async Task<IPage> NewPageAsync()
    {
        if (_skipReason is not null)
        {
            if (Environment.GetEnvironmentVariable("DEALDESK_REQUIRE_BROWSER") is { Length: > 0 })
            {
                Assert.Fail(_skipReason);
            }

            Assert.Skip(_skipReason);
        }

        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.ServerAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        // A fixture's first page makes its new server compile and warm up while the other classes' servers and
        // browsers run on the same two cores: loading it may take longer than an action on a warm page.
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
