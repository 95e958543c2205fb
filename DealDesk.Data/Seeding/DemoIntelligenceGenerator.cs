using Bogus;
using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Core.Intelligence.Qualification;
using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Intelligence.Health;
namespace DealDesk.Data.Seeding;

/// <summary>MEDDPICC assessments, evidence and earlier health history for demo deals. The history points come from
/// <see cref="HealthCalculator"/> on what the deal looked like then (stage, days in it, close date, MEDDPICC);
/// today's score is the seeder's last step, on every fact, so the numbers shown are the ones a recalculation
/// gives.</summary>
/// <remarks>Deals further along the pipeline get more elements known. Only the first
/// <see cref="RichDeals"/> open deals get evidence and earlier history points: 100,000-deal seeding stays fast.
/// Its own random stream leaves the deals themselves as they were without it.</remarks>
internal sealed class DemoIntelligenceGenerator(int randomSeed, IReadOnlyList<PipelineStage> stages, DateTime now,
    Func<Guid, StakeholderRoles?> rolesOnMap)
{
    /// <summary>Open deals that get evidence and a health history of several points.</summary>
    public const int RichDeals = 500;

    private static readonly int[] HistoryDaysAgo = [21, 14, 7];

    private static readonly string[] Quotes =
    [
        "We lose about 40 hours a week reconciling this by hand.",
        "The CFO signs anything over 100k.",
        "Security review has to be done before procurement starts.",
        "We are also talking to one other vendor.",
        "If this works in the pilot, I will take it to the board.",
    ];

    private readonly Faker _faker = new("en") { Random = new Randomizer(randomSeed) };
    private readonly Dictionary<Guid, PipelineStage> _stages = stages.ToDictionary(s => s.Id);
    private int _rich;

    /// <summary>The rows that go with <paramref name="deal"/>; none for a closed deal.</summary>
    public IEnumerable<object> For(Deal deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        if (!deal.IsOpen)
        {
            yield break;
        }

        var stage = _stages[deal.StageId];
        var assessments = new List<ElementAssessment>();
        // Later stages know more: New about one element, Negotiation most of them.
        var known = Math.Clamp(stage.Order + _faker.Random.Int(-1, 1), 0, MeddpiccElements.All.Count);
        var map = rolesOnMap(deal.AccountId);
        foreach (var element in _faker.PickRandom(MeddpiccElements.All, known))
        {
            if (!AgreesWithMap(element, map))
            {
                continue;
            }

            var row = new DealQualification(deal.Id, element);
            var status = _faker.Random.Bool(0.4f) ? QualificationStatus.Confirmed : QualificationStatus.Partial;
            row.Assess(status, null, null, deal.OwnerId, deal.StageEnteredAt);
            assessments.Add(new ElementAssessment(element, status, null));
            yield return row;
        }

        var rich = _rich++ < RichDeals;
        if (rich)
        {
            foreach (var assessment in assessments.Where(a => a.Status == QualificationStatus.Confirmed).Take(2))
            {
                yield return new IntelligenceEvidence(deal.Id, assessment.Element, EvidenceKind.Quote,
                    _faker.PickRandom(Quotes), _faker.Random.Enum<EvidenceSource>(), _faker.Random.Int(50, 95),
                    DateOnly.FromDateTime(deal.StageEnteredAt), deal.OwnerId, deal.StageEnteredAt);
            }
        }

        HealthResult? previous = null;
        foreach (var daysAgo in rich ? HistoryDaysAgo : [])
        {
            var at = now.AddDays(-daysAgo);
            if (at >= deal.StageEnteredAt)
            {
                previous = HealthCalculator.Calculate(Facts(deal, stage, assessments, map, at), previous?.Score,
                    previous?.Trend ?? HealthTrend.Stable)!;
                yield return new DealHealthHistory(deal.Id, previous, HealthFactorsJson.Write(previous.Factors), at);
            }
        }

        if (previous is not null)
        {
            // The score as of the last earlier point; the seeder scores every open deal today, on all its facts.
            deal.RecordHealth(previous, now.AddDays(-HistoryDaysAgo[^1]));
        }
    }

    // Where the account has a map, MEDDPICC claims a champion or economic buyer only when the map has one, so the
    // demo's "no champion" and "no economic buyer" maps keep their warnings (which follow KeyPerson's rule).
    private static bool AgreesWithMap(MeddpiccElement element, StakeholderRoles? map) => (element, map) switch
    {
        (_, null) => true,
        (MeddpiccElement.Champion, { } roles) => roles.HasFlag(StakeholderRoles.Champion),
        (MeddpiccElement.EconomicBuyer, { } roles) => roles.HasFlag(StakeholderRoles.DecisionMaker),
        _ => true,
    };

    private static HealthFacts Facts(Deal deal, PipelineStage stage, List<ElementAssessment> assessments,
        StakeholderRoles? map, DateTime at) => new()
    {
        StageName = stage.Name,
        DaysInStage = Rotting.DaysIn(deal.StageEnteredAt, at),
        StageNormDays = stage.RottingDays,
        DaysPastCloseDate = deal.ExpectedCloseDate is { } close
            ? Math.Max(0, DateOnly.FromDateTime(at).DayNumber - close.DayNumber)
            : null,
        CloseDatePushCount = deal.CloseDatePushCount,
        QualificationScore = QualificationScoring.Overall(assessments),
        Champion = KeyPerson.Champion(assessments, map?.HasFlag(StakeholderRoles.Champion) == true),
        EconomicBuyer = KeyPerson.EconomicBuyer(assessments, map?.HasFlag(StakeholderRoles.DecisionMaker) == true),
    };
}
