using System.Text.RegularExpressions;

namespace DealDesk.PageBenchmarks;

/// <summary>The seeded 100,000-deal file, copied: the app migrates the file it opens, and the seeded one is shared.</summary>
public static partial class BenchDatabase
{
    public static string CopyOf(string? source, string work)
    {
        source ??= NewestSeeded();
        if (!File.Exists(source) || !File.Exists(source + ".ready"))
        {
            throw new FileNotFoundException($"No seeded database at {source} (or its .ready marker is missing). Seed one " +
                "with 'dotnet run -c Release --project DealDesk.Benchmarks -- --filter *DealTable*' or pass --source.");
        }

        var copy = Path.Combine(work, "pages.db");
        foreach (var stale in new[] { copy, copy + "-wal", copy + "-shm", copy + ".ready" })
        {
            File.Delete(stale);
        }

        File.Copy(source, copy);
        File.Copy(source + ".ready", copy + ".ready");
        return copy;
    }

    private static string NewestSeeded()
    {
        var found = Directory.GetFiles(Path.GetTempPath(), "dealdesk-bench-100000-v*.db")
            .Where(f => SeededName().IsMatch(Path.GetFileName(f)) && File.Exists(f + ".ready"))
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault();
        return found ?? Path.Combine(Path.GetTempPath(), "dealdesk-bench-100000-v13.db");
    }

    [GeneratedRegex(@"^dealdesk-bench-100000-v[0-9.]+\.db$")]
    private static partial Regex SeededName();
}
