using BenchmarkDotNet.Running;
using DealDesk.Benchmarks;

if (args is ["--import-once"])
{
    await ContactImportBenchmark.MeasureOnceAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
