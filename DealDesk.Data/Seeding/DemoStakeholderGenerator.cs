using Bogus;
using DealDesk.Core.Accounts;
using DealDesk.Core.Intelligence.Stakeholders;
namespace DealDesk.Data.Seeding;

/// <summary>Makes a small political map for each of the first accounts. The maps rotate through four shapes so that
/// each warning shows somewhere: a healthy map, one without a champion, one without an economic buyer that is also
/// single-threaded, and one with an influential blocker. Scores come from the title heuristic, with conversation
/// signals on top and one person's override on the first account.</summary>
internal sealed class DemoStakeholderGenerator(Faker faker, DateTime now)
{
    /// <summary>Accounts that get a map; the rest start empty, as a new account would.</summary>
    public const int MaxAccounts = 200;

    private const StakeholderRoles DecisionMaker = StakeholderRoles.DecisionMaker;
    private const StakeholderRoles Champion = StakeholderRoles.Champion;
    private const StakeholderRoles Influencer = StakeholderRoles.Influencer;
    private const StakeholderRoles Blocker = StakeholderRoles.Blocker;
    private const StakeholderRoles User = StakeholderRoles.User;
    private const StakeholderRoles Gatekeeper = StakeholderRoles.Gatekeeper;

    private static readonly (string Title, StakeholderRoles Roles, int? Relationship)[][] Shapes =
    [
        [("Chief Financial Officer", DecisionMaker, 6), ("VP Operations", Champion | Influencer, 8), ("IT Manager", User, null)],
        [("Chief Technology Officer", DecisionMaker, 5), ("Director of Engineering", Influencer, 6), ("Data Analyst", User, null)],
        [("Head of IT", Champion, 7), ("Systems Analyst", User, null), ("Procurement Lead", Gatekeeper, 3)],
        [("Chief Operating Officer", DecisionMaker, 5), ("VP Procurement", Blocker | Gatekeeper, 2),
            ("Director of Sales", Champion, 7), ("Sales Manager", User | Influencer, null)],
    ];

    /// <summary>The roles played on the map of the account at <paramref name="index"/>; <c>null</c> when that account
    /// gets no map. The MEDDPICC generator reads it so that a deal's Champion and Economic buyer agree with its map.
    /// </summary>
    public static StakeholderRoles? RolesOnMap(int index) => index < MaxAccounts
        ? Shapes[index % Shapes.Length].Aggregate(index == 0 ? Champion : StakeholderRoles.None, (all, p) => all | p.Roles)
        : null;

    public IEnumerable<Stakeholder> Create(Account account, int index)
    {
        var domain = new string(account.Name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray()) + ".example";
        foreach (var (title, roles, relationship) in Shapes[index % Shapes.Length])
        {
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            var person = new Stakeholder(account.Id, $"{first} {last}", $"{first}.{last}@{domain}".ToLowerInvariant(), title);
            person.PlayRoles(roles);
            person.ApplyTitleHeuristic();
            if (relationship is { } strength)
            {
                person.Score(null, null, new StakeholderScore(strength, ScoreSource.ConversationSignal,
                    strength >= Stakeholder.EngagedRelationshipStrength
                        ? "Replies quickly and shares internal plans"
                        : "Pushes back in every meeting"));
                if (strength >= Stakeholder.EngagedRelationshipStrength)
                {
                    // Only the people we are in touch with were met lately; the others stay unengaged.
                    person.RecordInteraction(now.AddDays(-faker.Random.Int(1, 20)));
                }
            }

            yield return person;
        }

        if (index == 0)
        {
            // One person's override on the demo's first account, to show that the heuristic leaves it alone.
            var champion = new Stakeholder(account.Id, "Morgan Reyes", $"morgan.reyes@{domain}", "Analyst");
            champion.PlayRoles(Champion);
            champion.ApplyTitleHeuristic();
            champion.Score(new StakeholderScore(8, ScoreSource.HumanOverride, "Runs the evaluation and owns the budget line"),
                null, new StakeholderScore(7, ScoreSource.HumanOverride, "Set by Alex Admin"));
            yield return champion;
        }
    }
}
