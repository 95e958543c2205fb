using DealDesk.Core.Accounts;
using DealDesk.Core.Circles;
using DealDesk.Core.Deals;
using DealDesk.Data.Identity;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Support;

/// <summary>A new circle in Acme with one member and deals made by hand, so that figures over "the member's
/// circles" can be checked against numbers written in the test.</summary>
public sealed class HandMadeCircle
{
    private readonly SqliteTestDatabase _sqlite;
    private readonly Guid _accountId;

    private HandMadeCircle(SqliteTestDatabase sqlite, TenantScope member, Guid circleId, Guid accountId)
    {
        _sqlite = sqlite;
        Member = member;
        CircleId = circleId;
        _accountId = accountId;
        Contexts = new FixedScopeContextFactory(sqlite.Database, member);
    }

    /// <summary>Now, for the services under test; deals are dated relative to it.</summary>
    public FixedClock Clock { get; } = new(DateTime.UtcNow);

    /// <summary>The only member: sees this circle's deals and nothing else.</summary>
    public TenantScope Member { get; }

    public Guid CircleId { get; }

    public IDbContextFactory<DealDesk.Data.Persistence.DealDeskDbContext> Contexts { get; }

    public static async Task<HandMadeCircle> CreateAsync(SqliteTestDatabase sqlite, string name)
    {
        await using var lookup = sqlite.For(TenantScope.None);
        var workspaceId = await lookup.Workspaces.IgnoreQueryFilters().Where(w => w.Name == "Acme Sales").Select(w => w.Id)
            .SingleAsync();
        await using var db = sqlite.For(TenantScope.System(workspaceId));
        var user = new ApplicationUser
        {
            Id = Guid.CreateVersion7(), WorkspaceId = workspaceId, DisplayName = name + " member",
            UserName = $"{Guid.NewGuid():N}@lab.test", Email = $"{Guid.NewGuid():N}@lab.test",
        };
        var circle = new Circle(name + " " + Guid.NewGuid().ToString("N")[..6]);
        var account = new Account(name + " account " + Guid.NewGuid().ToString("N")[..6]);
        db.Users.Add(user);
        db.Circles.Add(circle);
        db.Accounts.Add(account);
        db.CircleMemberships.Add(new CircleMembership(circle.Id, user.Id, CircleRole.Member));
        await db.SaveChangesAsync();
        return new HandMadeCircle(sqlite, TenantScope.ForUser(workspaceId, user.Id, false), circle.Id, account.Id);
    }

    /// <summary>Adds a deal created <paramref name="createdDaysAgo"/> days ago in the first open stage, then moved to
    /// <paramref name="stageName"/> (<paramref name="closedDaysAgo"/> days ago, or at creation).</summary>
    public async Task<Deal> AddDealAsync(string name, decimal value, string stageName, int createdDaysAgo,
        int? closedDaysAgo = null)
    {
        await using var db = _sqlite.For(Member);
        var stages = await db.PipelineStages.OrderBy(s => s.Order).ToListAsync();
        var createdAt = Clock.UtcNow.AddDays(-createdDaysAgo);
        var deal = new Deal(name, _accountId, CircleId, stages[0], Member.UserId, createdAt, value);
        deal.MoveTo(stages.Single(s => s.Name == stageName), Member.UserId,
            closedDaysAgo is { } days ? Clock.UtcNow.AddDays(-days) : createdAt, "Hand-made reason");
        db.Deals.Add(deal);
        db.Entry(deal).Property(d => d.CreatedAt).CurrentValue = createdAt;
        await db.SaveChangesAsync();
        return deal;
    }

    public async Task<int> ProbabilityOfAsync(string stageName)
    {
        await using var db = _sqlite.For(Member);
        return await db.PipelineStages.Where(s => s.Name == stageName).Select(s => s.DefaultProbability).SingleAsync();
    }
}
