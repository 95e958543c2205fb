using Bogus;
using DealDesk.Core.Accounts;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;

namespace DealDesk.Data.Seeding;

/// <summary>Makes realistic deals: values by account size, owners from the deal's circle, and a stage
/// history walked through <see cref="Deal.MoveTo"/> over the past year, so the demo obeys the same rules as
/// real use.</summary>
internal sealed class DemoDealGenerator(Faker faker, IReadOnlyList<PipelineStage> stages, string currency, DateTime now)
{
    private static readonly string[] ProductLines = ["Platform", "Analytics", "Integrations", "Support Plus", "Data Cloud"];
    private static readonly string[] Motions = ["new business", "expansion", "renewal", "pilot", "upgrade", "rollout"];
    private static readonly string[] LostReasons =
    [
        "Chose a competitor", "No budget this year", "Went silent", "Built it in-house", "Timing: project postponed",
        "Price too high",
    ];

    private readonly PipelineStage[] _open = stages.Where(s => s.Kind == StageKind.Open).OrderBy(s => s.Order).ToArray();
    private readonly PipelineStage _won = stages.Single(s => s.Kind == StageKind.Won);
    private readonly PipelineStage _lost = stages.Single(s => s.Kind == StageKind.Lost);

    public (Deal Deal, DateTime CreatedAt) Create(Account account, Guid circleId, Guid ownerId)
    {
        var createdAt = now.AddDays(-faker.Random.Double(1, 365)).AddMinutes(-faker.Random.Int(0, 600));
        var productLine = faker.PickRandom(ProductLines);
        var deal = new Deal(
            $"{account.Name} – {productLine} {faker.PickRandom(Motions)}",
            account.Id,
            circleId,
            _open[0],
            ownerId,
            createdAt,
            ValueFor(account.Size),
            currency,
            faker.Random.WeightedRandom([DealPriority.High, DealPriority.Medium, DealPriority.Low], [0.2f, 0.55f, 0.25f]));
        deal.SetProductLine(productLine);
        WalkStages(deal, ownerId, createdAt);
        return (deal, createdAt);
    }

    private decimal ValueFor(AccountSize size)
    {
        var (min, max) = size switch
        {
            AccountSize.Enterprise => (60_000, 900_000),
            AccountSize.MidMarket => (12_000, 150_000),
            _ => (1_500, 30_000),
        };

        // Skewed towards the low end, as real deal sizes are.
        var skewed = Math.Pow(faker.Random.Double(), 2.2);
        return Math.Round((decimal)(min + ((max - min) * skewed)) / 100m) * 100m;
    }

    private void WalkStages(Deal deal, Guid ownerId, DateTime createdAt)
    {
        // Older deals are more likely to have closed.
        var age = (now - createdAt).TotalDays / 365;
        var outcome = faker.Random.Double();
        var closes = outcome < 0.2 + (0.55 * age);
        var wins = closes && faker.Random.Bool(0.45f);

        var target = closes
            ? wins ? _open.Length - 1 : faker.Random.Int(0, _open.Length - 1)
            : faker.Random.WeightedRandom(Enumerable.Range(0, _open.Length).ToArray(), [0.26f, 0.22f, 0.18f, 0.14f, 0.12f, 0.08f]);
        var moves = target + (closes ? 1 : 0);
        var times = Enumerable.Range(0, moves)
            .Select(_ => createdAt + ((now - createdAt) * faker.Random.Double(0.02, 0.98)))
            .Order()
            .ToArray();

        for (var step = 1; step <= target; step++)
        {
            deal.MoveTo(_open[step], ownerId, times[step - 1]);
        }

        if (closes)
        {
            var closedAt = times[^1];
            deal.MoveTo(wins ? _won : _lost, ownerId, closedAt, wins ? null : faker.PickRandom(LostReasons));
            deal.ExpectCloseOn(DateOnly.FromDateTime(closedAt));
        }
        else
        {
            // Some open deals have slipped past their close date, as in any real pipeline.
            deal.ExpectCloseOn(DateOnly.FromDateTime(now.AddDays(faker.Random.Int(-20, 150))));
        }
    }
}
