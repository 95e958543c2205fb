using BenchmarkDotNet.Running;
using DealDesk.Benchmarks;

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

BenchmarkSwitcher.FromAssembly(typeof(DealChangeFanout).Assembly).Run(args);
