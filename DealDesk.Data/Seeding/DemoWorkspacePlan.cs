using DealDesk.Core.Circles;

namespace DealDesk.Data.Seeding;

/// <summary>A demo user and the circles they belong to (by index into <see cref="DemoWorkspacePlan.Circles"/>).</summary>
internal sealed record DemoPerson(
    string Email,
    string DisplayName,
    bool IsWorkspaceAdmin,
    IReadOnlyList<(int Circle, CircleRole Role)> Memberships);

/// <summary>What one demo workspace contains.</summary>
internal sealed record DemoWorkspacePlan(
    string Name,
    string Currency,
    IReadOnlyList<string> Circles,
    IReadOnlyList<DemoPerson> People,
    int Accounts,
    int Deals,
    int Contacts,
    int Kpis,
    int KpiHistoryDays,
    string? ContactsCircle = null)
{
    /// <summary>"Acme Sales": the workspace the demo sign-ins use, sized by <paramref name="settings"/>.</summary>
    public static DemoWorkspacePlan Acme(DemoSettings settings) => new(
        "Acme Sales",
        "USD",
        ["Enterprise Team", "Growth Team", "Partner Team"],
        [
            new("admin@dealdesk.demo", "Avery Admin", true, [(2, CircleRole.Admin)]),
            new("moderator@dealdesk.demo", "Morgan Moderator", false, [(0, CircleRole.Moderator)]),
            new("rep@dealdesk.demo", "Riley Rep", false, [(0, CircleRole.Member), (1, CircleRole.Member)]),
            new("jordan.kim@dealdesk.demo", "Jordan Kim", false, [(0, CircleRole.Member)]),
            new("casey.nguyen@dealdesk.demo", "Casey Nguyen", false, [(1, CircleRole.Moderator)]),
            new("taylor.brooks@dealdesk.demo", "Taylor Brooks", false, [(1, CircleRole.Member)]),
            new("jamie.ortiz@dealdesk.demo", "Jamie Ortiz", false, [(2, CircleRole.Member)]),
        ],
        settings.Accounts,
        settings.Deals,
        settings.Contacts,
        settings.Kpis,
        settings.KpiHistoryDays,
        settings.ContactsCircle);

    /// <summary>"Globex": a second tenant whose data Acme users must never see.</summary>
    public static DemoWorkspacePlan Globex(DemoSettings settings) => new(
        "Globex",
        "EUR",
        ["Globex Direct", "Globex Channel"],
        [
            new("admin@globex.demo", "Gale Globex", true, [(0, CircleRole.Admin)]),
            new("hank.scorpio@globex.demo", "Hank Scorpio", false, [(0, CircleRole.Member), (1, CircleRole.Member)]),
        ],
        Accounts: 12,
        Deals: 80,
        Contacts: 40,
        Kpis: 4,
        settings.KpiHistoryDays);
}
