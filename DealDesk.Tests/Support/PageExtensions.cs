using Microsoft.Playwright;

namespace DealDesk.Tests.Support;

public static class PageExtensions
{
    /// <summary>As long as a navigation may take on a busy machine (the contexts' navigation timeout).</summary>
    private static readonly TimeSpan AddressTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Signs in through the sign-in page and waits until the dashboard is interactive.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForAddressAsync(url => new Uri(url).AbsolutePath == "/");
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Waits until the page's address matches, whether a full load or the app's own (client-side) navigation
    /// took it there.</summary>
    /// <remarks>Playwright's <c>WaitForURLAsync</c> looks at the address once and then waits for the next navigation
    /// event: a client-side navigation whose event arrives between the two is never seen, and the wait times out on a
    /// page already at the address. This listens for every navigation before it looks, and looks again after each.</remarks>
    public static async Task WaitForAddressAsync(this IPage page, Func<string, bool> matches)
    {
        using var timeout = new CancellationTokenSource(AddressTimeout);
        while (true)
        {
            // Listen before looking, so that a navigation landing between the two wakes this loop instead of being lost.
            var navigated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnNavigated(object? sender, IFrame frame)
            {
                if (frame == page.MainFrame)
                {
                    navigated.TrySetResult();
                }
            }

            page.FrameNavigated += OnNavigated;
            try
            {
                if (matches(page.Url))
                {
                    return;
                }

                await navigated.Task.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"After {AddressTimeout.TotalSeconds:0} s the page is still at {page.Url}.");
            }
            finally
            {
                page.FrameNavigated -= OnNavigated;
            }
        }
    }

    /// <summary>Chooses a file in the page's Blazor file input, once Blazor has wired that input.</summary>
    /// <remarks>The circuit can be interactive before the file input's own first render has asked the browser to listen
    /// for a choice (Blazor's <c>InputFile</c> does so from its first after-render): a file chosen in between is never
    /// read, and the page waits for it forever. A person cannot choose that fast; a test can.</remarks>
    public static async Task ChooseFileAsync(this IPage page, FilePayload file)
    {
        await page.WaitForFunctionAsync(
            "() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await page.Locator("input[type=file]").SetInputFilesAsync(file);
    }

    /// <inheritdoc cref="ChooseFileAsync(IPage, FilePayload)"/>
    public static Task ChooseFileAsync(this IPage page, string path) =>
        page.ChooseFileAsync(new FilePayload
        {
            Name = Path.GetFileName(path), MimeType = "text/csv", Buffer = File.ReadAllBytes(path),
        });

    /// <summary>Clicks what opens a dialog and waits until the dialog has put the cursor in its field.</summary>
    /// <remarks>The dialog appears before the server has asked the browser to focus its first field: a field filled in
    /// between would lose the cursor to that late focus, and the rest of its text would land in the first field.
    /// </remarks>
    public static async Task OpenDialogAsync(this ILocator opener)
    {
        await opener.ClickAsync();
        await Assertions.Expect(opener.Page.Locator(".mud-dialog :focus")).ToHaveCountAsync(1);
    }

    /// <summary>Waits until the Blazor circuit has taken over the prerendered page, so clicks are handled.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive=yes]").WaitForAsync();

    /// <summary>Saves a full-page screenshot under the test output's screenshots folder.</summary>
    public static async Task<string> ScreenshotAsync(this IPage page, string name)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
