using Bogus;
using DealDesk.Core.Accounts;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Notes;
using DealDesk.Core.Deals.Tasks;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Core.Pipeline;
namespace DealDesk.Data.Seeding;

/// <summary>Makes realistic deals: values by account size, owners from the deal's circle, and a stage
/// history walked through <see cref="Deal.MoveTo"/> over the past year, so the demo obeys the same rules as
/// real use. Each deal's timeline (created, every stage move) matches its stage history, and a share of the open
/// deals get tasks (some overdue, some done) and notes with their own timeline entries.</summary>
internal sealed class DemoDealGenerator(Faker faker, IReadOnlyList<PipelineStage> stages, string currency, DateTime now)
{
    private static readonly string[] ProductLines = ["Platform", "Analytics", "Integrations", "Support Plus", "Data Cloud"];
    private static readonly string[] Motions = ["new business", "expansion", "renewal", "pilot", "upgrade", "rollout"];
    private static readonly string[] LostReasons =
    [
        "Chose a competitor", "No budget this year", "Went silent", "Built it in-house", "Timing: project postponed",
        "Price too high",
    ];

    private static readonly string[] TaskTitles =
    [
        "Send the proposal", "Book a demo with the team", "Follow up on pricing questions", "Confirm budget owner",
        "Share the security questionnaire", "Schedule the executive call", "Send the contract draft", "Check in after the trial",
    ];

    private static readonly string[] NoteTexts =
    [
        "Good first call: they are comparing us with two other vendors.", "Budget is approved for this quarter.",
        "Procurement needs our security documents before anything else.", "Champion is keen, but the CFO is not yet involved.",
        "They asked for a discount on a two-year term.", "Pilot went well; the team wants to expand to a second region.",
    ];

    /// <summary>Share of open deals that get tasks and notes.</summary>
    private const double WorkedShare = 0.15;

    private readonly List<object> _around = [];
    private readonly PipelineStage[] _open = stages.Where(s => s.Kind == StageKind.Open).OrderBy(s => s.Order).ToArray();
    private readonly PipelineStage _won = stages.Single(s => s.Kind == StageKind.Won);
    private readonly PipelineStage _lost = stages.Single(s => s.Kind == StageKind.Lost);
    private readonly Dictionary<Guid, string> _stageNames = stages.ToDictionary(s => s.Id, s => s.Name);

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
        _around.Add(Activity.Record(deal.Id, ActivityKind.Created, ownerId, createdAt,
            $"Created in {_open[0].Name} at {TimelineText.Money(deal.Value, deal.Currency)}"));
        WalkStages(deal, ownerId, createdAt);
        if (deal.IsOpen && faker.Random.Double() < WorkedShare)
        {
            AddWork(deal, ownerId);
        }

        return (deal, createdAt);
    }

    /// <summary>The rows made around the deals created since the last call (activities, tasks, notes), to insert in
    /// the same batch as those deals.</summary>
    public IReadOnlyList<object> TakeRowsAround()
    {
        var rows = _around.ToArray();
        _around.Clear();
        return rows;
    }

    private void MoveTo(Deal deal, PipelineStage stage, Guid ownerId, DateTime at, string? lostReason = null)
    {
        var from = _stageNames[deal.StageId];
        deal.MoveTo(stage, ownerId, at, lostReason);
        _around.Add(Activity.Record(deal.Id, ActivityKind.StageMoved, ownerId, at,
            TimelineText.Moved(from, stage.Name, lostReason)));
    }

    // One to three tasks since the deal entered its stage: due from ten days ago to three weeks ahead (so some are
    // overdue), the oldest sometimes done already; and a note.
    private void AddWork(Deal deal, Guid ownerId)
    {
        var today = DateOnly.FromDateTime(now);
        for (var i = faker.Random.Int(1, 3); i > 0; i--)
        {
            var createdAt = deal.StageEnteredAt + ((now - deal.StageEnteredAt) * faker.Random.Double(0.1, 0.9));
            var task = new DealTask(deal.Id, faker.PickRandom(TaskTitles), today.AddDays(faker.Random.Int(-10, 21)),
                ownerId, ownerId, createdAt);
            _around.Add(task);
            _around.Add(Activity.Record(deal.Id, ActivityKind.TaskCreated, ownerId, createdAt,
                $"Task created: {task.Title} (due {TimelineText.Date(task.DueOn)})"));
            if (task.DueOn < today && faker.Random.Bool(0.4f))
            {
                var doneAt = createdAt + ((now - createdAt) * faker.Random.Double(0.1, 0.9));
                task.Complete(ownerId, doneAt);
                _around.Add(Activity.Record(deal.Id, ActivityKind.TaskCompleted, ownerId, doneAt, $"Task completed: {task.Title}"));
            }
        }

        var writtenAt = deal.StageEnteredAt + ((now - deal.StageEnteredAt) * faker.Random.Double(0.05, 0.95));
        var note = new DealNote(deal.Id, faker.PickRandom(NoteTexts), ownerId, writtenAt);
        _around.Add(note);
        _around.Add(Activity.Record(deal.Id, ActivityKind.NoteAdded, ownerId, writtenAt, "Note: " + note.Text));
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
            MoveTo(deal, _open[step], ownerId, times[step - 1]);
        }

        if (closes)
        {
            var closedAt = times[^1];
            MoveTo(deal, wins ? _won : _lost, ownerId, closedAt, wins ? null : faker.PickRandom(LostReasons));
            deal.ExpectCloseOn(DateOnly.FromDateTime(closedAt));
        }
        else
        {
            // Some open deals have slipped past their close date, as in any real pipeline.
            deal.ExpectCloseOn(DateOnly.FromDateTime(now.AddDays(faker.Random.Int(-20, 150))));
        }
    }
}
