using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace DealDesk.PageBenchmarks;

/// <summary>DealDesk.Web in Release, in its own process on a loopback port, on the copied database, with the periodic
/// jobs off so that nothing but the measured actions runs.</summary>
public sealed class AppServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);

    private readonly Process _process;
    private readonly StreamWriter _log;

    private AppServer(Process process, StreamWriter log, Uri address)
    {
        _process = process;
        _log = log;
        Address = address;
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    public static async Task<AppServer> StartAsync(string database, string work)
    {
        var web = Path.Combine(RepositoryRoot(), "DealDesk.Web", "bin", "Release", "net10.0");
        var dll = Path.Combine(web, "DealDesk.Web.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is missing: run this with 'dotnet run -c Release', which builds the app.");
        }

        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/'),
            ["Database__Provider"] = "Sqlite",
            ["Database__SqlitePath"] = database,
            ["Database__MigrateOnStartup"] = "true",
            ["Demo__Seed"] = "false",
            // Periodic jobs off: a health pass over 100,000 deals in the middle of a measurement measures the pass.
            ["Health__RecalculationInterval"] = "00:00:00",
            ["KpiSnapshots__CheckInterval"] = "00:00:00",
            ["TaskReminders__CheckInterval"] = "00:00:00",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(Path.Combine(work, "server.log")) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new AppServer(process, log, address);
        await server.WaitUntilAnsweringAsync(work);
        return server;
    }

    /// <summary>CPU time (user + system) the app process has used so far.</summary>
    public TimeSpan CpuTime()
    {
        // /proc/<pid>/stat fields 14 and 15 (utime, stime) in clock ticks; the name in field 2 has no spaces here.
        var fields = File.ReadAllText($"/proc/{_process.Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private async Task WaitUntilAnsweringAsync(string work)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}; see {work}/server.log.");
            }

            try
            {
                using var response = await client.GetAsync("Account/Login");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet (migrating the copy, or starting).
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"The app did not answer within {StartTimeout.TotalMinutes} minutes; see {work}/server.log.");
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DealDesk.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("DealDesk.sln not found above " + AppContext.BaseDirectory);
    }
}
