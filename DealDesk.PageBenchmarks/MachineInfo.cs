using System.Globalization;
using System.Runtime.InteropServices;

namespace DealDesk.PageBenchmarks;

/// <summary>The machine a report was measured on, and its CPU use.</summary>
public static class MachineInfo
{
    public static string Describe(string sqliteVersion)
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim()
            : null;
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        return string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · {cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, " +
            $"{Environment.ProcessorCount} cores · {RuntimeInformation.OSDescription} · .NET {Environment.Version} · " +
            $"SQLite {sqliteVersion} · load average at the start {load}\n");
    }

    /// <summary>Busy and total CPU ticks of the whole machine so far (/proc/stat).</summary>
    public static (long Busy, long Total) BusyAndTotalTicks()
    {
        if (!File.Exists("/proc/stat"))
        {
            return (0, 0);
        }

        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var idle = fields[3] + fields[4];
        var total = fields.Take(8).Sum();
        return (total - idle, total);
    }
}
