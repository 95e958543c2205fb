using BenchmarkDotNet.Running;
using DealDesk.Benchmarks;
using DealDesk.Benchmarks.CircuitMemory;

if (args is ["--import-once"])
{
    await ContactImportBenchmark.MeasureOnceAsync();
    return;
}

if (args is ["--circuit-memory", .. var options])
{
    await CircuitMemoryRun.RunAsync(options);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
