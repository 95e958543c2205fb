using System.Globalization;

namespace DealDesk.PageBenchmarks;

/// <summary>The command line; see README.md.</summary>
public sealed record BenchOptions
{
    public bool Pages { get; init; }

    public bool Load { get; init; }

    public string? Source { get; init; }

    public string Work { get; init; } = Path.Combine(Path.GetTempPath(), "dealdesk-pagebench");

    public int Runs { get; init; } = 5;

    public int Users { get; init; } = 50;

    public int Seconds { get; init; } = 120;

    public int DebounceMs { get; init; } = 300;

    public int ThinkMs { get; init; } = 1000;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number() => int.Parse(Next(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--pages" => options with { Pages = true },
                "--load" => options with { Load = true },
                "--source" => options with { Source = Next() },
                "--work" => options with { Work = Next() },
                "--runs" => options with { Runs = Math.Clamp(Number(), 1, 100) },
                "--users" => options with { Users = Math.Clamp(Number(), 1, 200) },
                "--seconds" => options with { Seconds = Math.Clamp(Number(), 5, 3600) },
                "--think" => options with { ThinkMs = Math.Clamp(Number(), 0, 60_000) },
                "--debounce" => options with { DebounceMs = Math.Clamp(Number(), 0, 5000) },
                _ => throw new ArgumentException($"Unknown option {args[i]}; see DealDesk.PageBenchmarks/README.md."),
            };
        }

        return options.Pages || options.Load ? options : options with { Pages = true, Load = true };
    }
}
