using System.Globalization;
using DealDesk.Core.Intelligence.Stakeholders;
namespace DealDesk.Core.Intelligence.Health;

/// <summary>The deal health score: a pure function of <see cref="HealthFacts"/>, explainable factor by factor.</summary>
/// <remarks>
/// <para>Every open deal starts from <see cref="BaseScore"/> (60); each factor adds or takes points and the sum is
/// clamped to 0–100. The weights, best case / worst case:</para>
/// <list type="bullet">
/// <item><b>Time in stage</b> (norm = the stage's rotting days, <see cref="DefaultStageNormDays"/> when it has none):
/// within the norm +10; beyond it −1 per day over, at most −25.</item>
/// <item><b>Last activity</b>: within 7 days +10, within 14 days +5, within 30 days 0; older −5 and −1 per further
/// 3 days, at most −20; none ever −15.</item>
/// <item><b>Close date</b>: none −5; passed −15; each push of the date to later −4, at most −12.</item>
/// <item><b>MEDDPICC</b>: overall score × 0.2 − 5, so −5 (nothing known) to +15 (all confirmed).</item>
/// <item><b>Stakeholders</b>: champion ±5, economic buyer ±5, each identified by MEDDPICC (Partial or Confirmed) or
/// the map (<see cref="KeyPerson"/>); single-threaded (at most one
/// engaged contact) −10, three or more engaged +5.</item>
/// <item><b>Overdue tasks</b>: −5 each, at most −15.</item>
/// </list>
/// <para>The trend compares with the previous score with a dead band of ±<see cref="TrendDeadBand"/> points; a
/// calculation that gives exactly the previous score keeps the previous trend, so recalculating with nothing new
/// does not reset the direction. Won and lost deals are not scored (<see cref="Calculate"/> returns <c>null</c>):
/// they show their outcome instead.</para>
/// </remarks>
public static class HealthCalculator
{
    /// <summary>Lowest score.</summary>
    public const int MinScore = 0;

    /// <summary>Highest score.</summary>
    public const int MaxScore = 100;

    /// <summary>Where every open deal starts before its factors.</summary>
    public const int BaseScore = 60;

    /// <summary>Stage norm for stages without rotting days.</summary>
    public const int DefaultStageNormDays = 30;

    /// <summary>A score change of at most this many points is <see cref="HealthTrend.Stable"/>.</summary>
    public const int TrendDeadBand = 3;

    /// <summary>Relationship strength (0–10) from which a stakeholder counts as engaged.</summary>
    public const int EngagedRelationshipStrength = 5;

    /// <summary>An interaction within this many days makes a stakeholder count as engaged.</summary>
    public const int EngagedWithinDays = 30;

    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>Scores an open deal; <c>null</c> for a won or lost deal, which has no score.</summary>
    /// <param name="facts">The deal's facts.</param>
    /// <param name="previousScore">The score of the previous calculation, <c>null</c> for the first.</param>
    /// <param name="previousTrend">The trend of the previous calculation, kept when the score did not move.</param>
    public static HealthResult? Calculate(HealthFacts facts, int? previousScore = null,
        HealthTrend previousTrend = HealthTrend.Stable)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!facts.IsOpen)
        {
            return null;
        }

        List<HealthFactor> factors =
        [
            TimeInStage(facts),
            LastActivity(facts.DaysSinceLastActivity),
            .. CloseDate(facts),
            Qualification(facts.QualificationScore),
            KeyPersonFactor(facts.Champion),
            KeyPersonFactor(facts.EconomicBuyer),
            Threading(facts.EngagedStakeholders),
        ];
        if (facts.OverdueTasks > 0)
        {
            var points = -Math.Min(15, 5 * facts.OverdueTasks);
            factors.Add(new HealthFactor("Overdue tasks",
                points, Sentence($"{Count(facts.OverdueTasks, "overdue task")}", points)));
        }

        var score = Math.Clamp(BaseScore + factors.Sum(f => f.Points), MinScore, MaxScore);
        return new HealthResult(score, TrendOf(score, previousScore, previousTrend), factors);
    }

    /// <summary>The trend of <paramref name="score"/> against <paramref name="previousScore"/>.</summary>
    public static HealthTrend TrendOf(int score, int? previousScore, HealthTrend previousTrend = HealthTrend.Stable)
    {
        if (previousScore is not { } previous)
        {
            return HealthTrend.Stable;
        }

        if (score == previous)
        {
            return previousTrend;
        }

        var delta = score - previous;
        return delta > TrendDeadBand ? HealthTrend.Improving
            : delta < -TrendDeadBand ? HealthTrend.Declining
            : HealthTrend.Stable;
    }

    private static HealthFactor TimeInStage(HealthFacts facts)
    {
        var norm = facts.StageNormDays ?? DefaultStageNormDays;
        var over = facts.DaysInStage - norm;
        var points = over <= 0 ? 10 : -Math.Min(25, over);
        return new HealthFactor("Time in stage", points,
            Sentence($"{Count(facts.DaysInStage, "day")} in {facts.StageName}, norm {norm}", points));
    }

    private static HealthFactor LastActivity(int? days)
    {
        if (days is not { } d)
        {
            return new HealthFactor("Last activity", -15, Sentence("No activity recorded yet", -15));
        }

        var points = d switch
        {
            <= 7 => 10,
            <= 14 => 5,
            <= 30 => 0,
            _ => -Math.Min(20, 5 + (d - 30) / 3),
        };
        var when = d == 0 ? "Last activity today" : $"Last activity {Count(d, "day")} ago";
        return new HealthFactor("Last activity", points, Sentence(when, points));
    }

    private static IEnumerable<HealthFactor> CloseDate(HealthFacts facts)
    {
        if (facts.DaysPastCloseDate is not { } past)
        {
            yield return new HealthFactor("Close date", -5, Sentence("No expected close date", -5));
        }
        else if (past > 0)
        {
            yield return new HealthFactor("Close date", -15,
                Sentence($"Expected close date passed {Count(past, "day")} ago", -15));
        }
        else
        {
            yield return new HealthFactor("Close date", 0, Sentence("Expected close date ahead", 0));
        }

        if (facts.CloseDatePushCount > 0)
        {
            var points = -Math.Min(12, 4 * facts.CloseDatePushCount);
            yield return new HealthFactor("Close date pushed", points,
                Sentence($"Close date pushed {Count(facts.CloseDatePushCount, "time")}", points));
        }
    }

    private static HealthFactor Qualification(int qualificationScore)
    {
        var score = Math.Clamp(qualificationScore, 0, 100);
        var points = (int)Math.Round(score * 0.2m, MidpointRounding.AwayFromZero) - 5;
        return new HealthFactor("MEDDPICC", points, Sentence($"MEDDPICC {score}% qualified", points));
    }

    // "Identified" is KeyPerson's rule (MEDDPICC Partial/Confirmed or the role on the map); the sentence names both
    // sources, so it never contradicts what the MEDDPICC panel or the map shows.
    private static HealthFactor KeyPersonFactor(KeyPerson person)
    {
        var points = person.Identified ? 5 : -5;
        return new HealthFactor(person.Role, points, Sentence(person.Explanation, points));
    }

    private static HealthFactor Threading(int engaged)
    {
        var points = engaged switch
        {
            <= 1 => -10,
            >= 3 => 5,
            _ => 0,
        };
        var what = engaged <= 1
            ? $"Single-threaded: {Count(engaged, "engaged contact")}"
            : $"{Count(engaged, "engaged contact")}";
        return new HealthFactor("Stakeholder coverage", points, Sentence(what, points));
    }

    private static string Sentence(string what, int points) =>
        string.Create(Culture, $"{what}: {(points > 0 ? "+" : points < 0 ? "−" : "±")}{Math.Abs(points)}");

    private static string Count(int n, string noun) =>
        string.Create(Culture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
