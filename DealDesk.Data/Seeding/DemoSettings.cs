namespace DealDesk.Data.Seeding;

/// <summary>The <c>Demo</c> section of appsettings.json: whether and how much demo data to create.</summary>
public sealed class DemoSettings
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Demo";

    /// <summary>The password of every demo user.</summary>
    public const string Password = "DealDesk-demo-2026";

    /// <summary>The demo sign-ins worth trying, one per kind of user, shown at startup and on the sign-in page.</summary>
    public static IReadOnlyList<string> SignIns { get; } =
        ["rep@dealdesk.demo", "moderator@dealdesk.demo", "admin@dealdesk.demo", "admin@globex.demo"];

    /// <summary>Create the demo workspaces when the database has no workspace yet.</summary>
    public bool Seed { get; set; }

    /// <summary>Seed of the random generator: the same seed gives the same names, values and shapes.</summary>
    public int RandomSeed { get; set; } = 2026;

    /// <summary>Accounts in "Acme Sales".</summary>
    public int Accounts { get; set; } = 60;

    /// <summary>Deals in "Acme Sales"; raise it (e.g. 100000) for benchmarks.</summary>
    public int Deals { get; set; } = 600;

    /// <summary>Contacts in "Acme Sales".</summary>
    public int Contacts { get; set; } = 400;

    /// <summary>The Acme circle that gets every contact (e.g. "Enterprise Team", for a benchmark of 100,000
    /// contacts in one circle); empty spreads them over all circles.</summary>
    public string? ContactsCircle { get; set; }

    /// <summary>KPIs in "Acme Sales", spread over its circles.</summary>
    public int Kpis { get; set; } = 12;

    /// <summary>Days of daily KPI history.</summary>
    public int KpiHistoryDays { get; set; } = 365;
}
