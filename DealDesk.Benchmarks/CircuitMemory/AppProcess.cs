using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DealDesk.Benchmarks.CircuitMemory;

/// <summary>DealDesk.Web built in Release and run as its own process on a loopback port, on a database file of the
/// measurement's own, so that its heap holds the app and its circuits and nothing of the measuring side.</summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>The repository's root: the folder holding DealDesk.sln above this program.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DealDesk.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("DealDesk.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Builds the web app in Release (incremental), runs it on <paramref name="databasePath"/> and waits until
    /// it answers.</summary>
    public static async Task<AppProcess> StartAsync(string databasePath, string logPath)
    {
        var root = RepositoryRoot();
        await RunToEndAsync("dotnet", ["build", "-c", "Release", Path.Combine(root, "DealDesk.Web")], root);

        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(root, "DealDesk.Web", "bin", "Release", "net10.0", "DealDesk.Web.dll")])
        {
            WorkingDirectory = Path.GetDirectoryName(databasePath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["Database__SqlitePath"] = databasePath;
        // The periodic jobs are the same whatever the number of circuits: off, so that a pass cannot land between two
        // heap dumps and no page reloads for it while the pages are being opened.
        start.Environment["Health__RecalculationInterval"] = "00:00:00";
        start.Environment["KpiSnapshots__CheckInterval"] = "00:00:00";
        start.Environment["TaskReminders__CheckInterval"] = "00:00:00";

        var process = Process.Start(start) ?? throw new InvalidOperationException("The web app did not start.");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        process.OutputDataReceived += (_, line) => Write(log, line.Data);
        process.ErrorDataReceived += (_, line) => Write(log, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var app = new AppProcess(process, address);
        await app.WaitUntilAnsweringAsync();
        return app;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        // A first start seeds the demo workspaces, and a copied file may need its migrations: minutes on a busy machine.
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The web app stopped with exit code {_process.ExitCode}; see its log.");
            }

            try
            {
                using var response = await http.GetAsync("/Account/Login");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        throw new TimeoutException("The web app did not answer within 10 minutes.");
    }

    /// <summary>Runs a command to its end, failing when it fails.</summary>
    public static async Task<string> RunToEndAsync(string file, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{file} {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}):\n{await output}\n{await error}");
        }

        return await output;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
