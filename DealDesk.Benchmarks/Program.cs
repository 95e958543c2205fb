using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using DealDesk.Benchmarks;
using DealDesk.Benchmarks.CircuitMemory;

if (args is ["--import-once"])
{
    await ContactImportBenchmark.MeasureOnceAsync();
    return;
}

if (args is ["--fanout"])
{
    await DealChangeFanout.RunAsync();
    return;
}

if (args is ["--circuit-memory", .. var options])
{
    await CircuitMemoryRun.RunAsync(options);
    return;
}

// The web app runs with the Web SDK's default collector, Server GC, concurrent (its runtimeconfig.json says
// System.GC.Server: true); every job here runs with the same, so allocation costs weigh as they do in the app.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithGcServer(true).WithGcConcurrent(true).AsMutator())
    // The deal table's cases are named in full ("admin updated filtered middle-next"), not cut to 20 characters.
    .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40))
    // Building the generated project takes longer than the default two minutes while others build on the machine.
    .WithBuildTimeout(TimeSpan.FromMinutes(10));
// Named by a class of its own: the web app this project references has a public Program too.
BenchmarkSwitcher.FromAssembly(typeof(DealChangeFanout).Assembly).Run(args, config);
