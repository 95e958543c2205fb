using System.Globalization;
using System.Text.RegularExpressions;

namespace DealDesk.Benchmarks.CircuitMemory;

/// <summary>The live objects of a process's GC heap, read with dotnet-gcdump (a local tool of the repository): a dump
/// forces a full, blocking collection first, so what it counts is what survives one.</summary>
internal sealed partial class GcHeap(int processId, string folder)
{
    // Every component a renderer holds has one of these, whether a page, a MudBlazor part or a plain markup component
    // (a circuit's renderer makes the remote kind).
    private static readonly string[] ComponentStateTypes =
    [
        "Microsoft.AspNetCore.Components.Rendering.ComponentState",
        "Microsoft.AspNetCore.Components.Server.Circuits.RemoteComponentState",
    ];

    /// <summary>Dumps the heap twice and reads the second: the first collection can still leave objects whose
    /// finalizers ran during it.</summary>
    public async Task<HeapDump> MeasureAsync(string name)
    {
        var root = AppProcess.RepositoryRoot();
        HeapDump? dump = null;
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var file = Path.Combine(folder, $"{name}-{attempt}.gcdump");
            await AppProcess.RunToEndAsync("dotnet",
                ["tool", "run", "dotnet-gcdump", "collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "-o", file], root);
            var report = await AppProcess.RunToEndAsync("dotnet", ["tool", "run", "dotnet-gcdump", "report", file], root);
            dump = Parse(report);
        }

        return dump!;
    }

    private static HeapDump Parse(string report)
    {
        var total = HeapBytes().Match(report);
        if (!total.Success)
        {
            throw new InvalidOperationException("No 'GC Heap bytes' line in the dump's report:\n" + report);
        }

        long components = 0;
        foreach (var line in report.Split('\n'))
        {
            var row = TypeRow().Match(line);
            if (row.Success && ComponentStateTypes.Contains(row.Groups["type"].Value.Split(' ')[0]))
            {
                components += Number(row.Groups["count"].Value);
            }
        }

        return new HeapDump(Number(total.Groups["bytes"].Value), components);
    }

    private static long Number(string text) => long.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<bytes>[\d,]+)\s+GC Heap bytes")]
    private static partial Regex HeapBytes();

    // "  12,345  67  Some.Type  [Assembly]": the bytes of a type's objects, their count and the type.
    [GeneratedRegex(@"^\s*(?<bytes>[\d,]+)\s+(?<count>[\d,]+)\s+(?<type>\S.*)$")]
    private static partial Regex TypeRow();
}

/// <summary>A heap after a full collection: its bytes and the components alive in it.</summary>
internal sealed record HeapDump(long Bytes, long Components);
