namespace DealDesk.Core.Deals;

/// <summary>Deal size buckets of the table's value filter. Each band includes its lower bound and excludes its
/// upper one, so a deal of exactly 10,000 is in <see cref="From10KTo50K"/>.</summary>
public enum ValueBand
{
    /// <summary>Below 10,000.</summary>
    Under10K = 0,

    /// <summary>10,000 up to 50,000.</summary>
    From10KTo50K = 1,

    /// <summary>50,000 up to 100,000.</summary>
    From50KTo100K = 2,

    /// <summary>100,000 up to 500,000.</summary>
    From100KTo500K = 3,

    /// <summary>500,000 and more.</summary>
    From500K = 4,
}

/// <summary>The bounds and labels of <see cref="ValueBand"/>.</summary>
public static class ValueBands
{
    /// <summary>Every band, smallest first.</summary>
    public static IReadOnlyList<ValueBand> All { get; } = Enum.GetValues<ValueBand>();

    /// <summary>Inclusive lower and exclusive upper bound; <c>null</c> for no upper bound.</summary>
    public static (decimal Min, decimal? Max) Range(ValueBand band) => band switch
    {
        ValueBand.Under10K => (0m, 10_000m),
        ValueBand.From10KTo50K => (10_000m, 50_000m),
        ValueBand.From50KTo100K => (50_000m, 100_000m),
        ValueBand.From100KTo500K => (100_000m, 500_000m),
        ValueBand.From500K => (500_000m, null),
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, "Unknown value band."),
    };

    /// <summary>The band a value falls in.</summary>
    public static ValueBand Of(decimal value) => All.Last(b => value >= Range(b).Min);

    /// <summary>Short label for a filter chip, e.g. "10k–50k".</summary>
    public static string Label(ValueBand band) => band switch
    {
        ValueBand.Under10K => "< 10k",
        ValueBand.From10KTo50K => "10k–50k",
        ValueBand.From50KTo100K => "50k–100k",
        ValueBand.From100KTo500K => "100k–500k",
        ValueBand.From500K => "≥ 500k",
        _ => band.ToString(),
    };
}
