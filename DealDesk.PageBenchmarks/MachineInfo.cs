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

    /// <summary>CPU time used so far by the processes this one started (the browser and Playwright's driver), apart
    /// from the subtree of <paramref name="exceptPid"/> (the app). Processes that ended are not counted.</summary>
    public static TimeSpan ChildrenCpuTime(int exceptPid)
    {
        var parents = new Dictionary<int, (int Parent, long Ticks)>();
        foreach (var folder in Directory.Exists("/proc") ? Directory.GetDirectories("/proc") : [])
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            try
            {
                var fields = File.ReadAllText(Path.Combine(folder, "stat")).Split(')')[1]
                    .Split(' ', StringSplitOptions.RemoveEmptyEntries);
                parents[pid] = (int.Parse(fields[1], CultureInfo.InvariantCulture),
                    long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        bool Under(int pid)
        {
            for (var hops = 0; hops < 64 && parents.TryGetValue(pid, out var entry); hops++)
            {
                if (pid == exceptPid)
                {
                    return false;
                }

                if (entry.Parent == Environment.ProcessId)
                {
                    return true;
                }

                pid = entry.Parent;
            }

            return false;
        }

        return TimeSpan.FromSeconds(parents.Where(p => p.Key != exceptPid && Under(p.Key)).Sum(p => p.Value.Ticks) / 100.0);
    }
}
