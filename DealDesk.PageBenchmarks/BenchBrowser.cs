using Microsoft.Playwright;

namespace DealDesk.PageBenchmarks;

/// <summary>One headless Chromium; a signed-in browser context per simulated person, each page carrying the
/// <see cref="PageProbe"/> that timestamps what the user sees.</summary>
public sealed class BenchBrowser : IAsyncDisposable
{
    /// <summary>Every demo user's password (DemoSettings.Password in the seeder).</summary>
    public const string DemoPassword = "DealDesk-demo-2026";

    private static readonly string[] ChromiumCandidates =
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    // Without the networking switches Chromium keeps trying to reach the internet (as in the browser tests).
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-renderer-backgrounding",
        "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly Uri _address;
    private readonly Dictionary<string, string> _signedIn = [];

    private BenchBrowser(IPlaywright playwright, IBrowser browser, Uri address)
    {
        _playwright = playwright;
        _browser = browser;
        _address = address;
    }

    public static async Task<BenchBrowser> LaunchAsync(Uri address)
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured
            ? configured
            : ChromiumCandidates.FirstOrDefault(File.Exists)
              ?? throw new FileNotFoundException("No Chromium found; install it or set CHROMIUM_PATH.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium, Headless = true, Args = ChromiumArgs,
        });
        return new BenchBrowser(playwright, browser, address);
    }

    /// <summary>A new page in a context of its own, signed in as <paramref name="email"/> (the sign-in form is
    /// filled once per user; later contexts reuse its cookies).</summary>
    public async Task<IPage> SignedInPageAsync(string email, int width = 1920, int height = 1000)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            StorageState = _signedIn.GetValueOrDefault(email),
        });
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(60_000);
        await context.AddInitScriptAsync(PageProbe.Script);
        var page = await context.NewPageAsync();
        if (!_signedIn.ContainsKey(email))
        {
            await page.GotoAsync("/Account/Login");
            await page.FillAsync("#email", email);
            await page.FillAsync("#password", DemoPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
            _signedIn[email] = await context.StorageStateAsync();
        }

        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
