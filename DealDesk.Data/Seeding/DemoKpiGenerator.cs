using Bogus;
using DealDesk.Core.Kpis;

namespace DealDesk.Data.Seeding;

/// <summary>Makes KPIs with a daily history: a random walk drifting towards the target, recorded through
/// <see cref="Kpi.RecordValue"/> so that trend and percentages come out as in real use.</summary>
internal sealed class DemoKpiGenerator(Faker faker, DateTime now)
{
    private static readonly (string Name, KpiUnit Unit, decimal Target)[] Templates =
    [
        ("Monthly recurring revenue", KpiUnit.Currency, 250_000m),
        ("Meetings booked", KpiUnit.None, 40m),
        ("Win rate", KpiUnit.Percentage, 35m),
        ("First response time", KpiUnit.Hours, 4m),
        ("Sales cycle length", KpiUnit.Days, 45m),
        ("Calls made", KpiUnit.None, 400m),
        ("Pipeline coverage", KpiUnit.Percentage, 300m),
        ("Proposals sent", KpiUnit.None, 25m),
        ("Average deal size", KpiUnit.Currency, 48_000m),
        ("Demos delivered", KpiUnit.None, 30m),
        ("Onboarding time", KpiUnit.Days, 14m),
        ("Expansion revenue", KpiUnit.Currency, 80_000m),
    ];

    private int _next;

    public (Kpi Kpi, DateTime CreatedAt) Create(Guid circleId, Guid createdBy, int historyDays)
    {
        var (name, unit, target) = Templates[_next++ % Templates.Length];
        var start = now.AddDays(-historyDays);
        var value = Math.Round(target * (decimal)faker.Random.Double(0.3, 0.7), 2);
        var kpi = new Kpi(circleId, name, value, target, unit, createdBy, start);
        for (var day = 1; day <= historyDays; day++)
        {
            var drift = (target - value) * 0.01m;
            var noise = target * (decimal)faker.Random.Double(-0.03, 0.03);
            value = Math.Max(0, Math.Round(value + drift + noise, 2));
            kpi.RecordValue(value, start.AddDays(day));
        }

        return (kpi, start);
    }
}
