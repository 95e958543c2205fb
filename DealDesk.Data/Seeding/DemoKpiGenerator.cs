using Bogus;
using DealDesk.Core.Kpis;

namespace DealDesk.Data.Seeding;

/// <summary>Makes KPIs with a daily history: a random walk drifting towards the target, recorded through
/// <see cref="Kpi.RecordValue"/> so that trend and percentages come out as in real use. Times to respond, close or
/// onboard are lower-is-better and start above their target; counts (unit none) hold whole numbers.</summary>
internal sealed class DemoKpiGenerator(Faker faker, DateTime now)
{
    private const KpiDirection Higher = KpiDirection.HigherIsBetter;
    private const KpiDirection Lower = KpiDirection.LowerIsBetter;

    private static readonly (string Name, KpiUnit Unit, decimal Target, KpiDirection Direction)[] Templates =
    [
        ("Monthly recurring revenue", KpiUnit.Currency, 250_000m, Higher),
        ("Meetings booked", KpiUnit.None, 40m, Higher),
        ("Win rate", KpiUnit.Percentage, 35m, Higher),
        ("First response time", KpiUnit.Hours, 4m, Lower),
        ("Sales cycle length", KpiUnit.Days, 45m, Lower),
        ("Calls made", KpiUnit.None, 400m, Higher),
        ("Pipeline coverage", KpiUnit.Percentage, 300m, Higher),
        ("Proposals sent", KpiUnit.None, 25m, Higher),
        ("Average deal size", KpiUnit.Currency, 48_000m, Higher),
        ("Demos delivered", KpiUnit.None, 30m, Higher),
        ("Onboarding time", KpiUnit.Days, 14m, Lower),
        ("Expansion revenue", KpiUnit.Currency, 80_000m, Higher),
    ];

    private int _next;

    public (Kpi Kpi, DateTime CreatedAt) Create(Guid circleId, Guid createdBy, int historyDays)
    {
        var (name, unit, target, direction) = Templates[_next++ % Templates.Length];
        var start = now.AddDays(-historyDays);
        // Lower-is-better KPIs start above their ceiling (1.3–1.7 × target) and work down towards it.
        var startShare = (decimal)faker.Random.Double(0.3, 0.7);
        var value = Round(target * (direction == Lower ? 2 - startShare : startShare), unit);
        var kpi = new Kpi(circleId, name, value, target, unit, createdBy, start, direction);
        // The walk keeps its exact position; only what is recorded is rounded, so counts move by whole steps
        // without the rounding stalling the drift.
        var position = value;
        for (var day = 1; day <= historyDays; day++)
        {
            var drift = (target - position) * 0.01m;
            var noise = target * (decimal)faker.Random.Double(-0.03, 0.03);
            position = Math.Max(0, position + drift + noise);
            value = Round(position, unit);
            kpi.RecordValue(value, start.AddDays(day));
        }

        return (kpi, start);
    }

    // A plain number in the demo is a count (meetings, calls, demos): nobody delivers 30.09 demos.
    private static decimal Round(decimal value, KpiUnit unit) =>
        Math.Round(value, unit == KpiUnit.None ? 0 : 2, MidpointRounding.AwayFromZero);
}
