using System.Text;
using DealDesk.PageBenchmarks;

var options = BenchOptions.Parse(args);
Directory.CreateDirectory(options.Work);
var database = BenchDatabase.CopyOf(options.Source, options.Work);
Console.WriteLine($"Database copy: {database}");

await using var server = await AppServer.StartAsync(database, options.Work);
Console.WriteLine($"App (Release) at {server.Address}, pid {server.ProcessId}");
using var raw = await RawViews.OpenAsync(database, options.Work);
await using var browser = await BenchBrowser.LaunchAsync(server.Address);

var report = new StringBuilder();
report.AppendLine(MachineInfo.Describe(raw.SqliteVersion));
if (options.Pages)
{
    report.AppendLine(await new PageScenarios(browser, raw, options).RunAsync());
}

if (options.Load)
{
    report.AppendLine(await new LoadScenario(browser, raw, server, options).RunAsync());
}

var file = Path.Combine(options.Work, $"report-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
await File.WriteAllTextAsync(file, report.ToString());
Console.WriteLine();
Console.WriteLine(report);
Console.WriteLine($"Written to {file}");
